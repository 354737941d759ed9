import { describe, expect, it } from "vitest";
import type { Change } from "../../../src/core";
import { FACILITATOR } from "../../../src/server/room/actor";
import { seedElmRoad } from "../support/elm-road-room";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

describe("actions", () => {
  const rooms = useRooms();

  it("adds an action answering a theme, pushes it on the event's feed, and a replay has the effect of one", async () => {
    const r = rooms.start();
    const { event, themes } = seedElmRoad(r);
    const seen: Change[] = [];
    const since = callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).seq;
    const sub = r.room.subscribe(FACILITATOR, event.id, since, (c) => seen.push(c));
    expect(sub.ok).toBe(true);
    const input = { id: "act_shelter1", eventId: event.id, text: "  Ask for a bus shelter  ", owner: "Northfield Community Partnership", dueOn: "2027-01-31", themeId: themes[0]!.id };
    const action = callOk(r, FACILITATOR, "actions.add", input, "cmd_action_1");
    expect(action).toMatchObject({ text: "Ask for a bus shelter", status: "open", update: "", carriedFrom: null, themeId: themes[0]!.id });
    expect(callOk(r, FACILITATOR, "actions.add", input, "cmd_action_1")).toEqual(action);
    expect(callOk(r, FACILITATOR, "actions.add", input, "cmd_action_2")).toEqual(action);
    await Promise.resolve();
    expect(seen.flatMap((c) => c.upserts)).toEqual([{ kind: "action", value: action }]);
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).action.map((a) => a.id)).toEqual(["act_shelter1"]);
  });

  it("refuses bad actions with a clear message and changes nothing", () => {
    const r = rooms.start();
    const { event, previous } = seedElmRoad(r);
    const other = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Other" }));
    const otherTheme = "theme_0xxxxx";
    const count = () => (r.db.prepare(`SELECT COUNT(*) AS n FROM action`).get() as { n: number }).n;
    const before = count();
    const bad: [unknown, string][] = [
      [{ id: "act_bad_0001", eventId: event.id, text: "" }, "The action is empty"],
      [{ id: "act_bad_0001", eventId: event.id, text: "x", dueOn: "2026-02-30" }, "that date does not exist"],
      [{ id: "act_bad_0001", eventId: other.id, text: "x", themeId: otherTheme }, "not part of this event"],
      [{ id: "act_bad_0001", eventId: event.id, text: "x", status: "done" }, "Unrecognized key"],
      [{ id: "act_bad_0001", eventId: "evt_missing1", text: "x" }, "does not exist"],
    ];
    for (const [input, msg] of bad) {
      const res = r.room.call(FACILITATOR, { method: "actions.add", input, commandId: `cmd_${Math.random().toString(36).slice(2, 12)}` });
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.message).toContain(msg);
    }
    const upd = r.room.call(FACILITATOR, { method: "actions.update", input: { id: "act_prev_0xxx", status: "finished" }, commandId: "cmd_bad_status" });
    expect(upd).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(count()).toBe(before);
    expect(previous.id).toBe("evt_summer01");
  });

  it("updates status and the progress line, deletes and restores, and carries an action into a later event", () => {
    const r = rooms.start();
    const { event, previous } = seedElmRoad(r);
    const gp = callOk(r, FACILITATOR, "actions.update", { id: "act_prev_2xxx", status: "in-progress", update: "Practice manager meets us on 3 December" });
    expect(gp).toMatchObject({ status: "in-progress", update: "Practice manager meets us on 3 December", text: "Raise GP phone access with the practice" });
    const carried = callOk(r, FACILITATOR, "actions.carry", { id: "act_carried1", fromActionId: gp.id, toEventId: event.id });
    expect(carried).toMatchObject({ eventId: event.id, carriedFrom: gp.id, text: gp.text, owner: gp.owner, status: "in-progress", update: "" });
    const refused = r.room.call(FACILITATOR, { method: "actions.carry", input: { id: "act_carried2", fromActionId: gp.id, toEventId: previous.id }, commandId: "cmd_carry_own" });
    expect(refused).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    expect(callOk(r, FACILITATOR, "actions.delete", { id: carried.id }).deleted).toBe(true);
    expect(callOk(r, FACILITATOR, "actions.register", {}).entries.map((e) => e.action.id)).not.toContain(carried.id);
    expect(callOk(r, FACILITATOR, "actions.restore", { id: carried.id }).deleted).toBe(false);
  });

  it("lists every commitment across events in the register, filterable by neighbourhood, partnership and status", () => {
    const r = rooms.start();
    const { event, themes } = seedElmRoad(r);
    callOk(r, FACILITATOR, "actions.add", { id: "act_shelter1", eventId: event.id, text: "Bus shelter", owner: "Council", dueOn: "2027-01-31", themeId: themes[0]!.id });
    const elsewhere = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Riverside", neighbourhood: "Riverside", partnership: "Riverside Together" }));
    callOk(r, FACILITATOR, "actions.add", { id: "act_river001", eventId: elsewhere.id, text: "Riverside benches" });
    const all = callOk(r, FACILITATOR, "actions.register", {});
    expect(all.entries.map((e) => [e.action.text.slice(0, 14), e.event.title.slice(0, 12), e.answers])).toEqual([
      ["Raise GP phone", "Elm Road sum", null],
      ["Ask the housin", "Elm Road sum", null],
      ["Find a room fo", "Elm Road sum", null],
      ["Bus shelter", "Elm Road lis", "Getting about"],
      ["Riverside benc", "Riverside", null],
    ]);
    expect(all.neighbourhoods).toEqual(["Elm Road estate", "Riverside"]);
    expect(all.partnerships).toEqual(["Northfield Community Partnership", "Riverside Together"]);
    expect(callOk(r, FACILITATOR, "actions.register", { neighbourhood: "Riverside" }).entries.map((e) => e.action.id)).toEqual(["act_river001"]);
    expect(callOk(r, FACILITATOR, "actions.register", { partnership: "Northfield Community Partnership", status: "done" }).entries.map((e) => e.action.text)).toEqual([
      "Ask the housing association for a damp survey of Brook House",
    ]);
  });

  it("lets only the facilitator change actions", () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const res = r.room.call({ deviceId: "phone-1", role: "participant" }, { method: "actions.add", input: { id: "act_phone001", eventId: event.id, text: "x" }, commandId: "cmd_phone_1" });
    expect(res).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
