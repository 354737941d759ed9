import { describe, expect, it } from "vitest";
import { daysBetween, feedbackClock } from "../../../../src/core";

describe("feedbackClock", () => {
  const due = "2026-11-24";
  it("counts the days left, says when it is due soon, due today and overdue", () => {
    expect(feedbackClock(due, null, "2026-11-14")).toEqual({ state: "due", daysLeft: 10, label: "10 days left" });
    expect(feedbackClock(due, null, "2026-11-21")).toEqual({ state: "due-soon", daysLeft: 3, label: "3 days left" });
    expect(feedbackClock(due, null, "2026-11-23")).toEqual({ state: "due-soon", daysLeft: 1, label: "1 day left" });
    expect(feedbackClock(due, null, "2026-11-24")).toEqual({ state: "due-soon", daysLeft: 0, label: "due today" });
    expect(feedbackClock(due, null, "2026-11-25")).toEqual({ state: "overdue", daysLeft: -1, label: "1 day overdue" });
    expect(feedbackClock(due, null, "2026-12-04")).toMatchObject({ state: "overdue", label: "10 days overdue" });
  });

  it("says sent, on time or late, once the report went out", () => {
    expect(feedbackClock(due, "2026-11-20", "2026-12-30")).toMatchObject({ state: "sent", label: "sent on time" });
    expect(feedbackClock(due, "2026-11-27", "2026-12-30")).toMatchObject({ state: "sent", label: "sent 3 days late" });
  });

  it("counts calendar days across month ends and clock changes", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
    expect(daysBetween("2026-12-30", "2027-01-02")).toBe(3);
  });
});
