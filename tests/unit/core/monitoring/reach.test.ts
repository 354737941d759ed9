import { describe, expect, it } from "vitest";
import { defaultMonitoringSet, MonitoringSet, neighbourhoodReach, targetReach, type MonitoringSet as Set_ } from "../../../../src/core";
import { eventId as asEventId } from "../../support/ids";

const withTargets = (eventId: string, targets: Set_["targets"]): Set_ => ({ ...defaultMonitoringSet(asEventId(eventId)), enabled: true, targets });
const YOUNG_CARERS = { id: "young-carers", label: "Young carers", questionId: "carer", optionId: "yes", hopedFor: 10 };
const TRAVELLERS = { id: "travellers", label: "Gypsy and Traveller residents", questionId: "ethnicity", optionId: "gypsy-traveller", hopedFor: 3 };

describe("reach against target groups", () => {
  it("a set's target must be an answer to one of its questions", () => {
    const bad = MonitoringSet.safeParse(withTargets("event-0001", [{ ...YOUNG_CARERS, optionId: "sikh" }]));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("The target group “Young carers” is not an answer to one of the questions asked");
    expect(MonitoringSet.safeParse({ ...defaultMonitoringSet(asEventId("event-0001")), questions: [{ id: "x", label: "X", specialCategory: false, options: [{ id: "prefer-not", label: "No" }] }] }).success).toBe(false);
  });

  it("an event's targets show their counts suppressed, and are met only by 5 or more", () => {
    const set = withTargets("event-0001", [YOUNG_CARERS, TRAVELLERS]);
    const reach = targetReach(set, new Map([["carer/yes", 12], ["ethnicity/gypsy-traveller", 3]]));
    expect(reach.map((r) => [r.label, r.heard, r.met])).toEqual([
      ["Young carers", { kind: "count", value: 12 }, true],
      ["Gypsy and Traveller residents", { kind: "fewer" }, false],
    ]);
  });

  it("adds up a neighbourhood's events and names the groups not heard from in six months", () => {
    const reach = neighbourhoodReach(
      [
        { date: "2026-01-10", set: withTargets("event-0001", [YOUNG_CARERS, TRAVELLERS]), counts: new Map([["carer/yes", 3], ["ethnicity/gypsy-traveller", 2]]) },
        { date: "2026-09-01", set: withTargets("event-0002", [YOUNG_CARERS]), counts: new Map([["carer/yes", 4]]) },
        { date: "2026-10-01", set: { ...withTargets("event-0003", [TRAVELLERS]), enabled: false }, counts: new Map([["ethnicity/gypsy-traveller", 9]]) },
      ],
      "2026-11-14",
    );
    expect(reach.targets.map((t) => [t.label, t.hopedFor, t.heard])).toEqual([
      ["Young carers", 20, { kind: "count", value: 7 }],
      ["Gypsy and Traveller residents", 3, { kind: "fewer" }],
    ]);
    expect(reach.notHeard).toEqual([{ label: "Gypsy and Traveller residents", questionId: "ethnicity", optionId: "gypsy-traveller", lastHeard: "2026-01-10" }]);
  });
});
