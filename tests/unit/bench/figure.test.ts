import { describe, expect, it } from "vitest";
import { mergeRuns, parseBenchArgs, percentile } from "../../../scripts/bench/figure";

describe("benchmark figures", () => {
  it("takes nearest-rank percentiles, NaN of nothing", () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile([-3, -1], 50)).toBe(-3);
    expect(percentile([], 95)).toBeNaN();
  });

  it("merges runs into medians, keeping a negative figure as it is", () => {
    const run = (v: number, b: number) => [{ area: "a", name: "lag", value: v, unit: "ms", baseline: b, target: "< 5 ms", met: v < 5 }];
    const merged = mergeRuns([run(9, 1), run(-2, 3), run(4, 2)]);
    expect(merged).toEqual([{ area: "a", name: "lag [median of 3]", value: 4, unit: "ms", baseline: 2, target: "< 5 ms", met: true }]);
    expect(mergeRuns([run(-2, 1)])[0]!.value).toBe(-2);
  });

  it("reads the command line: names, --busy, --runs, --devices; refuses what it does not know", () => {
    expect(parseBenchArgs(["hall", "--devices", "500", "--busy"])).toEqual({ names: ["hall"], busy: true, runs: 1, devices: 500 });
    expect(parseBenchArgs([])).toEqual({ names: [], busy: false, runs: 1, devices: 200 });
    expect(parseBenchArgs(["board", "--runs", "3"]).runs).toBe(3);
    expect(() => parseBenchArgs(["--devices", "lots"])).toThrow(/--devices takes a whole number/);
    expect(() => parseBenchArgs(["--fast"])).toThrow(/Unknown option --fast/);
  });
});
