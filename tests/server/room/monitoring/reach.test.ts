import { describe, expect, it } from "vitest";
import { newId } from "../../../../src/api";
import { addDays, defaultMonitoringSet, localToday } from "../../../../src/core";
import { FACILITATOR, type Actor } from "../../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../../support/room-fixture";

const YOUNG_CARERS = { id: "young-carers", label: "Young carers", questionId: "carer", optionId: "yes", hopedFor: 5 };
const TRAVELLERS = { id: "travellers", label: "Gypsy and Traveller residents", questionId: "ethnicity", optionId: "gypsy-traveller", hopedFor: 3 };

describe("reach across a neighbourhood's events", { timeout: 60_000 }, () => {
  const rooms = useRooms();

  it("adds up each target group's counts, hides small ones, and lists groups not heard from in six months", () => {
    const r = rooms.start();
    const today = localToday();
    const held = (date: string, targets: (typeof YOUNG_CARERS)[], answers: [string, string][], tally: [string, string, number][]) => {
      const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ date }));
      callOk(r, FACILITATOR, "monitoring.save", { ...defaultMonitoringSet(event.id), enabled: true, targets });
      answers.forEach(([questionId, optionId], i) => {
        const phone: Actor = { deviceId: `phone-${event.id.slice(0, 8)}-${i}`, role: "participant", eventId: event.id };
        callOk(r, phone, "monitoring.answer", { eventId: event.id, answers: [{ questionId, optionId }] });
      });
      for (const [questionId, optionId, count] of tally) callOk(r, FACILITATOR, "monitoring.tally", { eventId: event.id, questionId, optionId, count });
      return event;
    };
    // A year ago the travellers were heard from (2); lately only carers: 1 + 2 by phone, 4 on paper.
    const old = held(addDays(today, -365), [YOUNG_CARERS, TRAVELLERS], [["ethnicity", "gypsy-traveller"], ["ethnicity", "gypsy-traveller"], ["carer", "yes"]], []);
    held(addDays(today, -30), [YOUNG_CARERS], [["carer", "yes"], ["carer", "yes"]], [["carer", "yes", 4]]);
    const { neighbourhoods } = callOk(r, FACILITATOR, "neighbourhoods.directory", {});
    const hood = neighbourhoods.find((n) => n.name === sampleEvent().neighbourhood)!;
    const reach = callOk(r, FACILITATOR, "monitoring.reach", { neighbourhoodId: hood.id });
    expect(reach.events).toBe(2);
    expect(reach.targets.map((t) => [t.label, t.hopedFor, t.heard, t.met])).toEqual([
      ["Young carers", 10, { kind: "count", value: 7 }, false],
      ["Gypsy and Traveller residents", 3, { kind: "fewer" }, false],
    ]);
    expect(reach.notHeard).toEqual([{ label: "Gypsy and Traveller residents", questionId: "ethnicity", optionId: "gypsy-traveller", lastHeard: old.date }]);
    expect(r.room.call(FACILITATOR, { method: "monitoring.reach", input: { neighbourhoodId: newId() } })).toMatchObject({ ok: false, error: { message: "That neighbourhood does not exist." } });
  });
});
