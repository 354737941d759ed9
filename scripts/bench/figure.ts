/** One measured figure of a benchmark, printed in the table `npm run bench` ends with. */
export interface BenchFigure {
  /** What the figure belongs to, e.g. "capture", "join", "voting", "report", "store". */
  readonly area: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The same measure of the floor beneath it (a bare page, socket or insert), taken in the same run; the table prints value ÷ baseline. */
  readonly baseline?: number;
  /** The target, in words ("< 100 ms"), when there is one. */
  readonly target?: string;
  /** Whether the figure met its target; undefined when there is none. */
  readonly met?: boolean;
}

/** How `npm run bench` was asked to run: `-- NAME… [--busy] [--runs N] [--devices N]`. */
export interface BenchOptions {
  readonly names: readonly string[];
  /** Also run each benchmark with a child process keeping one core busy (the busy laptop). */
  readonly busy: boolean;
  /** Runs of each benchmark; the table shows the median of each figure. */
  readonly runs: number;
  /** Devices in the hall benchmark (50 note-takers, the rest voting). */
  readonly devices: number;
}

/** A benchmark file is scripts/bench/NAME.bench.ts exporting `bench`. */
export type Bench = (options: BenchOptions) => Promise<readonly BenchFigure[]>;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const names: string[] = [];
  let busy = false;
  let runs = 1;
  let devices = 200;
  const count = (flag: string, raw: string | undefined, min: number, max: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} takes a whole number from ${min} to ${max}, not ${raw ?? "nothing"}.`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--busy") busy = true;
    else if (a === "--runs") runs = count(a, argv[++i], 1, 20);
    else if (a === "--devices") devices = count(a, argv[++i], 60, 1000);
    else if (a.startsWith("--")) throw new Error(`Unknown option ${a}: use NAME… --busy --runs N --devices N.`);
    else names.push(a);
  }
  return { names, busy, runs, devices };
}

/** Percentile of a sample (nearest rank), e.g. p(times, 95). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (sample: readonly number[]): number => percentile(sample, 50);

/**
 * Several runs of one benchmark as one list: each figure's median value and median baseline;
 * whether it met its target is the median run's verdict.
 */
export function mergeRuns(runs: readonly (readonly BenchFigure[])[]): BenchFigure[] {
  if (runs.length === 1) return [...runs[0]!];
  const order: string[] = [];
  const byKey = new Map<string, BenchFigure[]>();
  for (const run of runs)
    for (const f of run) {
      const key = `${f.area}\u0000${f.name}`;
      if (!byKey.has(key)) (order.push(key), byKey.set(key, []));
      byKey.get(key)!.push(f);
    }
  return order.map((key) => {
    const all = byKey.get(key)!;
    const mid = [...all].sort((a, b) => a.value - b.value)[Math.ceil(all.length / 2) - 1]!;
    const baselines = all.flatMap((f) => (f.baseline === undefined ? [] : [f.baseline]));
    return {
      ...mid,
      name: `${mid.name} [median of ${all.length}]`,
      ...(baselines.length > 0 && { baseline: median(baselines) }),
    };
  });
}
