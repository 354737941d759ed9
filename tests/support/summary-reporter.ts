import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * Ends the run with one line that says it all, e.g. `Playwright: 12 passed, 1 failed, 2 skipped
 * — FAILED`, so a CI log's last line answers "did it pass?" without scrolling.
 */
export default class SummaryReporter implements Reporter {
  private readonly counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  private readonly skipReasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    // Counted on the final attempt only, so a retried test is counted once.
    if (result.retry !== test.results.length - 1) return;
    const outcome = test.outcome();
    if (outcome === "expected") this.counts[result.status === "skipped" ? "skipped" : "passed"]++;
    else if (outcome === "skipped") {
      this.counts.skipped++;
      // A skip must say why: print each distinct reason once.
      const reason = test.annotations.find((a) => a.type === "skip")?.description ?? "no reason given";
      this.skipReasons.set(reason, (this.skipReasons.get(reason) ?? 0) + 1);
    }
    else if (outcome === "flaky") this.counts.flaky++;
    else this.counts.failed++;
  }

  onEnd(result: FullResult): void {
    for (const [reason, n] of this.skipReasons) console.log(`\nSkipped ${n}: ${reason}`);
    const { passed, failed, skipped, flaky } = this.counts;
    const parts = [`${passed} passed`, `${failed} failed`, `${skipped} skipped`];
    if (flaky > 0) parts.push(`${flaky} flaky`);
    console.log(`\nPlaywright: ${parts.join(", ")} — ${result.status === "passed" ? "PASSED" : result.status.toUpperCase()}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
