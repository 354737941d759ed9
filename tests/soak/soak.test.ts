import { describe, expect, it } from "vitest";
import { quickPlan } from "../../scripts/soak/plans";

// The scaled-down soak (about a minute): a real `hearth serve` (the built out/main/cli.js),
// simulated note-takers on the project's own client and WebSocket transport, and, in F1,
// three SIGKILLs at random moments under load. Each run ends with "nothing lost": the
// database equals the union of acknowledged notes, nothing doubled, every backup intact.
// Speed figures are printed, never asserted: `npm run soak` runs the full size.
describe("soak (quick)", () => {
  for (const step of quickPlan) {
    it(`${step.name}: nothing acknowledged is lost or doubled`, async () => {
      const report = await step.run();
      console.log(`${report.name}: ${report.figures.map((f) => `${f.name} ${Number.isInteger(f.value) ? f.value : f.value.toFixed(1)} ${f.unit}`).join(", ")}`);
      expect(report.problems).toEqual([]);
      const acked = report.figures.find((f) => f.name.startsWith("notes acknowledged"));
      expect(acked?.value).toBeGreaterThan(0);
      if (step.name === "F1") expect(report.figures.find((f) => f.name === "SIGKILLs survived")?.value).toBe(3);
    }, 120_000);
  }
});
