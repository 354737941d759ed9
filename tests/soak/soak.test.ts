import { describe, expect, it } from "vitest";
import { quickPlan } from "../../scripts/soak/plans";

// The scaled-down soak (about a minute): a real `hearth serve` (the built out/main/cli.js),
// note-takers and voters that join for real (a device key and the QR's token, over the
// project's own client and WebSocket transport), and, in F1, three SIGKILLs at random
// moments while notes and dots arrive. Each run ends with "nothing lost": the database
// equals the union of acknowledged notes, every voter's ballot equals its ledger within the
// caps, nothing doubled (resent taps included), every backup intact. L3 joins devices by
// token and by code (approved by the facilitator's commands) while a note-taker types.
// Speed figures are printed, never asserted: `npm run soak` runs the full size.
describe("soak (quick)", () => {
  for (const step of quickPlan) {
    it(`${step.name}: nothing acknowledged is lost or doubled`, async () => {
      const report = await step.run();
      console.log(`${report.name}: ${report.figures.map((f) => `${f.name} ${Number.isInteger(f.value) ? f.value : f.value.toFixed(1)} ${f.unit}`).join(", ")}`);
      expect(report.problems).toEqual([]);
      const figure = (name: string) => report.figures.find((f) => f.name === name);
      expect(report.figures.find((f) => f.name.startsWith("notes acknowledged"))?.value).toBeGreaterThan(0);
      if (step.name === "L3") {
        expect(figure("devices joined by token")?.met).toBe(true);
        expect(figure("devices joined by code, approved")?.met).toBe(true);
      } else {
        // Every voter joined and voted: 5 dots each (moving a dot keeps the count).
        const voters = figure("voters joined (participant token)");
        expect(voters?.met).toBe(true);
        expect(figure("dots on ballots")?.value).toBe(voters!.value * 5);
      }
      if (step.name === "F1") expect(figure("SIGKILLs survived")?.value).toBe(3);
    }, 120_000);
  }
});
