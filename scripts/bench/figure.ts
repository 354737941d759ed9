/** One measured figure of a benchmark, printed in the table `npm run bench` ends with. */
export interface BenchFigure {
  /** What the figure belongs to, e.g. "capture", "join", "voting", "report", "store". */
  readonly area: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The target, in words ("< 100 ms"), when there is one. */
  readonly target?: string;
  /** Whether the figure met its target; undefined when there is none. */
  readonly met?: boolean;
}

/** A benchmark file is scripts/bench/NAME.bench.ts exporting `bench`. */
export type Bench = () => Promise<readonly BenchFigure[]>;

/** Percentile of a sample (nearest rank), e.g. p(times, 95). */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
