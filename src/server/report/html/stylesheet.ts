import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const RELATIVE = join("resources", "report", "report.css");

/**
 * resources/report/report.css, found by walking up from this module: from src/server/report/html
 * when run from source (tests, benchmarks) and from out/main when built. HEARTH_RESOURCES
 * points elsewhere (a packaged app's resources folder).
 */
function locate(): string | undefined {
  if (process.env.HEARTH_RESOURCES) {
    const p = join(process.env.HEARTH_RESOURCES, "report", "report.css");
    return existsSync(p) ? p : undefined;
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const p = join(dir, RELATIVE);
    if (existsSync(p)) return p;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

let cached: { css: string; hash: string } | undefined;

/** The report's stylesheet and its CSP hash, read once. */
export function reportStylesheet(): { css: string; hash: string } {
  if (!cached) {
    const path = locate();
    if (!path) throw new Error(`Hearth's report stylesheet (${RELATIVE}) is missing from this installation.`);
    const css = readFileSync(path, "utf8");
    if (/<\/style/iu.test(css)) throw new Error("The report stylesheet must not contain </style>.");
    cached = { css, hash: `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'` };
  }
  return cached;
}

/**
 * The CSP source that lets the editor's preview (a sandboxed srcdoc frame, which inherits
 * the page's policy) apply exactly this stylesheet and no other inline style.
 */
export function reportStyleSource(): string {
  try {
    return reportStylesheet().hash;
  } catch {
    return "";
  }
}
