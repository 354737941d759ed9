// `npm run audit:electron`: Electronegativity over the project (the sources and, when built,
// the bundle in out/). Fails on any HIGH or MEDIUM finding that is not accepted, with its
// reason, in electron/electronegativity-accepted.json.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";

export interface Finding {
  readonly id: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly line: number;
  readonly description: string;
}

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  description: string;
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

const Accepted = z.object({ accepted: z.array(z.object({ id: z.string(), file: z.string(), reason: z.string().min(20) })) });
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const ACCEPTED_FILE = join(projectRoot, "electron", "electronegativity-accepted.json");

/**
 * Runs every Electronegativity check but AvailableSecurityFixesGlobalCheck, which downloads
 * Electron's release list (no internet here; the Electron version is pinned in package.json).
 */
export async function auditElectron(root = projectRoot): Promise<Finding[]> {
  const run = createRequire(import.meta.url)("@doyensec/electronegativity/dist/runner.js") as Runner;
  const result = await run({ input: root, isRelative: true, excludeFromScan: ["AvailableSecurityFixesGlobalCheck"] }, false);
  const broken = result.errors.filter((e) => !e.tolerable);
  if (broken.length) throw new Error(`Electronegativity could not parse: ${broken.map((e) => `${e.file}: ${e.message}`).join("; ")}`);
  return result.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    line: i.location.line,
    description: i.description,
  }));
}

export function acceptedFindings(): z.infer<typeof Accepted>["accepted"] {
  return Accepted.parse(JSON.parse(readFileSync(ACCEPTED_FILE, "utf8"))).accepted;
}

/** HIGH and MEDIUM findings with no accepted entry (matched by check id and file). */
export function unexplained(findings: readonly Finding[]): Finding[] {
  const accepted = acceptedFindings();
  return findings.filter((f) => (f.severity === "HIGH" || f.severity === "MEDIUM") && !accepted.some((a) => a.id === f.id && a.file === f.file));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const findings = await auditElectron();
  const accepted = acceptedFindings();
  for (const f of findings) {
    const ok = accepted.find((a) => a.id === f.id && a.file === f.file);
    console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.id}  ${f.file}:${f.line}${ok ? "  (accepted)" : ""}`);
  }
  const bad = unexplained(findings);
  if (bad.length) {
    console.log(`\n${bad.length} HIGH/MEDIUM finding(s) not explained in ${ACCEPTED_FILE}:`);
    for (const f of bad) console.log(`  ${f.id} ${f.file}:${f.line}: ${f.description}`);
    process.exit(1);
  }
  console.log(`\nNo unexplained HIGH or MEDIUM findings (${findings.length} in all; accepted ones are listed with reasons in electron/electronegativity-accepted.json).`);
}
