import { describe, expect, it } from "vitest";
import { rssFromStatus, ticksFromStat } from "../../../scripts/bench/support/proc-usage";

describe("reading another process's CPU and memory", () => {
  it("takes utime + stime from /proc/PID/stat, even with spaces and parentheses in the name", () => {
    const stat = "4242 (node (hearth) x) S 1 4242 4242 0 -1 4194560 9000 0 12 0 731 269 0 0 20 0 11 0 100 1000000 5000";
    expect(ticksFromStat(stat)).toBe(1000);
  });

  it("takes VmRSS from /proc/PID/status in bytes, NaN when absent", () => {
    expect(rssFromStatus("Name:\tnode\nVmPeak:\t 9 kB\nVmRSS:\t  150000 kB\nThreads:\t11\n")).toBe(150000 * 1024);
    expect(rssFromStatus("Name:\tnode\n")).toBeNaN();
  });
});
