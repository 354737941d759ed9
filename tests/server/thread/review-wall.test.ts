import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import type { Change } from "../../../src/core";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, useRooms } from "../support/room-fixture";
import { adoptTopThree, HOOD, listeningToFinalRound, PARTNERSHIP } from "../support/thread-fixture";
import { call, phone, PROJECTOR } from "../support/voting-fixture";

describe("review on the wall", () => {
  const rooms = useRooms();

  function meetingWithPriorities() {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const { priorities } = adoptTopThree(r, event.id);
    // A partnership meeting a month later names only the partnership.
    const meeting = callOk(r, FACILITATOR, "events.create", { id: newId(), kind: "partnership", title: "July partnership meeting", partnership: PARTNERSHIP, date: "2026-07-20" });
    return { r, event, meeting, priorities };
  }

  it("gives the partnership meeting's wall its neighbourhoods' priorities with status and commitments, and nothing to phones or other events' screens", () => {
    const { r, event, meeting, priorities } = meetingWithPriorities();
    const action = callOk(r, FACILITATOR, "actions.add", { id: newId(), eventId: event.id, text: "Light the underpass", owner: "Council" });
    callOk(r, FACILITATOR, "priorities.linkAction", { actionId: action.id, priorityId: priorities[0]!.id });
    const wall = callOk(r, { ...PROJECTOR, eventId: meeting.id }, "priorities.wall", { eventId: meeting.id });
    expect(wall.priorities.map((p) => [p.title, p.neighbourhood, p.status])).toEqual([
      ["Safe streets", HOOD, "not-started"],
      ["GP access", HOOD, "not-started"],
      ["Young people", HOOD, "not-started"],
    ]);
    expect(wall.priorities[0]!.actions.map((a) => [a.text, a.status])).toEqual([["Light the underpass", "open"]]);
    expect(JSON.stringify(wall)).not.toContain("The underpass is dark after six"); // residents' words stay off the wall
    expect(call(r, { ...PROJECTOR, eventId: meeting.id }, "priorities.wall", { eventId: event.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(call(r, { ...phone(1), eventId: meeting.id }, "priorities.wall", { eventId: meeting.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("pushes a status changed on the laptop to the meeting's wall at once, and to no phone", async () => {
    const { r, meeting, priorities } = meetingWithPriorities();
    const other = callOk(r, FACILITATOR, "events.create", { id: newId(), title: "Brook House event", neighbourhood: "Brook House", date: "2026-07-21" });
    const heard = { wall: [] as Change[], phone: [] as Change[], other: [] as Change[] };
    const subs = [
      r.room.subscribe({ ...PROJECTOR, eventId: meeting.id }, meeting.id, 0, (c) => heard.wall.push(c)),
      r.room.subscribe({ ...phone(1), eventId: meeting.id }, meeting.id, 0, (c) => heard.phone.push(c)),
      r.room.subscribe({ ...PROJECTOR, eventId: other.id }, other.id, 0, (c) => heard.other.push(c)),
    ];
    const before = { wall: heard.wall.length, phone: heard.phone.length, other: heard.other.length };
    callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: priorities[1]!.id, status: "partly-met", on: "2026-07-20" });
    await new Promise((resolve) => setTimeout(resolve, 10)); // pushed after the acknowledgement
    const pushed = heard.wall.slice(before.wall);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.eventId).toBe(meeting.id);
    expect(pushed[0]!.upserts.map((u) => u.kind)).toEqual(["priorityStatus"]);
    expect(heard.phone.length).toBe(before.phone);
    expect(heard.other.length).toBe(before.other);
    expect(callOk(r, { ...PROJECTOR, eventId: meeting.id }, "priorities.wall", { eventId: meeting.id }).priorities[1]!.status).toBe("partly-met");
    for (const s of subs) if (s.ok) s.value();
  });
});

describe("experiments due at the next What?", () => {
  const rooms = useRooms();

  it("lists the neighbourhood's experiments due by the event's day, made at earlier events, with what was observed; for the facilitator and that event's wall only", () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const [safe] = adoptTopThree(r, event.id).priorities;
    const hood = safe!.neighbourhoodId;
    const made = (title: string, reviewOn: string) =>
      callOk(r, FACILITATOR, "experiments.add", { id: newId(), neighbourhoodId: hood, priorityId: safe!.id, eventId: event.id, title, expect: "More people walk home", watch: "A count at the gate", reviewOn });
    const lights = made("Lights on till 11", "2026-09-01");
    made("A walking bus", "2027-02-01");
    callOk(r, FACILITATOR, "experiments.observe", { id: lights.id, observed: "Twice as many people after dark" });
    const workshop = callOk(r, FACILITATOR, "events.create", { id: newId(), kind: "adaptive-action", title: "Autumn Adaptive Action", neighbourhood: HOOD, date: "2026-10-01" });
    const due = callOk(r, { ...PROJECTOR, eventId: workshop.id }, "experiments.due", { eventId: workshop.id });
    expect(due.experiments.map((x) => [x.title, x.observed, x.neighbourhood])).toEqual([["Lights on till 11", "Twice as many people after dark", HOOD]]);
    expect(callOk(r, FACILITATOR, "experiments.due", { eventId: event.id }).experiments).toEqual([]); // made at that event: not looked back on there
    expect(call(r, { ...phone(2), eventId: workshop.id }, "experiments.due", { eventId: workshop.id })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
