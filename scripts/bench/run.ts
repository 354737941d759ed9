// `npm run bench [-- NAME… --busy --runs N --devices N]`: runs every scripts/bench/*.bench.ts
// (or those named) and prints one table of figures with the machine they ran on. With --busy each
// benchmark runs again with a child process keeping one core busy, and both are printed.
import { readdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { mergeRuns, parseBenchArgs, type Bench, type BenchFigure } from "./figure";
import { startBusyCore } from "./support/busy-core";

const here = dirname(fileURLToPath(import.meta.url));
const options = parseBenchArgs(process.argv.slice(2));
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => options.names.length === 0 || options.names.some((w) => f.startsWith(w)))
  .sort();
if (files.length === 0) throw new Error(`No benchmark is called ${options.names.join(", ")}.`);

type Row = BenchFigure & { readonly laptop: "idle" | "busy" };
const rows: Row[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { bench?: Bench };
  if (!mod.bench) throw new Error(`${file} exports no bench()`);
  for (const laptop of options.busy ? (["idle", "busy"] as const) : (["idle"] as const)) {
    const busy = laptop === "busy" ? await startBusyCore() : undefined;
    try {
      const runs: (readonly BenchFigure[])[] = [];
      for (let run = 1; run <= options.runs; run++) {
        console.error(`running ${file} (${laptop}${options.runs > 1 ? `, run ${run} of ${options.runs}` : ""})…`);
        runs.push(await mod.bench(options));
      }
      rows.push(...mergeRuns(runs).map((f) => ({ ...f, laptop })));
    } finally {
      await busy?.stop();
    }
  }
}

const cpu = cpus();
console.log(`\nMachine: ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, ${process.platform}`);
if (options.busy) console.log("busy: a child process kept one core busy while the benchmark ran");
const cells = rows.map((f) => [
  f.laptop,
  f.area,
  f.name,
  formatValue(f.value),
  f.baseline === undefined ? "" : formatValue(f.baseline),
  f.baseline === undefined || f.baseline === 0 ? "" : `${formatValue(f.value / f.baseline)}×`,
  f.unit,
  f.target ?? "",
  f.met === undefined ? "" : f.met ? "met" : "MISSED",
]);
const head = ["laptop", "area", "figure", "value", "baseline", "ratio", "unit", "target", ""];
const numeric = new Set([3, 4, 5]);
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of cells) console.log(line(r));

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) < 10 ? 2 : 1);
}
