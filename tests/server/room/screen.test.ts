import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

describe("screen.set", () => {
  const rooms = useRooms();

  it("changes what the projector shows, one field at a time, and records it in the feed", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const first = callOk(r, FACILITATOR, "screen.set", { eventId: event.id, view: "themes" });
    expect(first).toMatchObject({ id: event.id, view: "themes", contrast: "dark", spotlight: null });
    const second = callOk(r, FACILITATOR, "screen.set", { eventId: event.id, contrast: "light" });
    expect(second).toMatchObject({ view: "themes", contrast: "light" });
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).screen).toEqual([second]);
  });

  it("spotlights only a note of this event that everyone may see", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const other = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Another" }));
    const note = callOk(r, FACILITATOR, "notes.add", { id: "note_spot_001", eventId: other.id, text: "elsewhere" });
    const refused = r.room.call(FACILITATOR, { method: "screen.set", input: { eventId: event.id, spotlight: { kind: "note", id: note.id } }, commandId: "cmd_spot_0001" });
    expect(refused).toMatchObject({ ok: false, error: { code: "not_found" } });
    r.db.prepare(`UPDATE note SET hidden = 1 WHERE id = ?`).run(note.id);
    const hidden = r.room.call(FACILITATOR, { method: "screen.set", input: { eventId: other.id, spotlight: { kind: "note", id: note.id } }, commandId: "cmd_spot_0002" });
    expect(hidden).toMatchObject({ ok: false, error: { code: "conflict" } });
  });

  it("is the facilitator's alone, and refuses unknown views", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    expect(r.room.call({ deviceId: "wall", role: "projector" }, { method: "screen.set", input: { eventId: event.id, view: "blank" }, commandId: "cmd_scr_00001" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(r.room.call(FACILITATOR, { method: "screen.set", input: { eventId: event.id, view: "disco" }, commandId: "cmd_scr_00002" })).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });
});
