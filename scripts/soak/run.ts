// `npm run soak`: the load and fault runs (plans.ts) against a real `hearth serve`,
// with "nothing lost" checked after each; prints the figures and exits 1 if any promise broke.
// `npm run soak -- --quick` runs the scaled-down version the test suite runs.
import { cpus, totalmem } from "node:os";
import { fullPlan, quickPlan } from "./plans";
import type { SoakReport } from "./scenarios";

const quick = process.argv.includes("--quick");
const plan = quick ? quickPlan : fullPlan;

const reports: SoakReport[] = [];
for (const step of plan) {
  const report = await step.run();
  reports.push(report);
  console.error(`${report.name}: ${report.problems.length === 0 ? "nothing lost" : `${report.problems.length} problem(s)`}`);
}

const cpu = cpus();
console.log(`\nSoak (${quick ? "quick" : "full"}) on ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}`);
const rows = reports.flatMap((r) => r.figures.map((f) => [r.name, f.name, Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(1), f.unit, f.target ?? "", f.met === undefined ? "" : f.met ? "met" : "MISSED"]));
const head = ["run", "figure", "value", "unit", "target", ""];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
console.log([line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n"));
const problems = reports.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`));
if (problems.length) {
  console.log(`\nBROKEN PROMISES (${problems.length}):\n${problems.slice(0, 50).join("\n")}`);
  process.exit(1);
}
console.log("\nNothing acknowledged was lost or doubled; every database and backup passed integrity_check.");
