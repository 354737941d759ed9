// `npm run bench`: runs every scripts/bench/*.bench.ts (or those named on the command line)
// and prints one table of figures with the machine they ran on.
import { readdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Bench, BenchFigure } from "./figure";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const figures: BenchFigure[] = [];
for (const file of files) {
  console.error(`running ${file}…`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench?: Bench };
  if (!mod.bench) throw new Error(`${file} exports no bench()`);
  figures.push(...(await mod.bench()));
}

const cpu = cpus();
console.log(`\nMachine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${process.platform}`);
const rows = figures.map((f) => [f.area, f.name, formatValue(f.value), f.unit, f.target ?? "", f.met === undefined ? "" : f.met ? "met" : "MISSED"]);
const head = ["area", "figure", "value", "unit", "target", ""];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1);
}
