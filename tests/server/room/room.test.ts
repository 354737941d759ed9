import { describe, expect, it } from "vitest";
import type { Change } from "../../../src/core";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const count = (db: { prepare(sql: string): { get(): unknown } }, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("Room", () => {
  const rooms = useRooms();

  it("creates an event, adds a note, and records both in the change feed", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const note = callOk(r, FACILITATOR, "notes.add", { id: "note_00000001", eventId: event.id, text: "No shelter at the bus stop", table: "A" });
    expect(note).toMatchObject({ text: "No shelter at the bus stop", table: "A", source: "typed" });
    expect(note.createdSeq).toBeGreaterThan(event.createdSeq);
    const snap = callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id });
    expect(snap.note.map((n) => n.id)).toEqual(["note_00000001"]);
    expect(snap.seq).toBe(note.createdSeq);
    expect(callOk(r, FACILITATOR, "events.list", {}).map((e) => e.id)).toEqual([event.id]);
  });

  it("applies a command sent twice once", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const input = { id: "note_00000002", eventId: event.id, text: "Lifts broken" };
    const first = callOk(r, FACILITATOR, "notes.add", input, "cmd_replayed_1");
    const again = callOk(r, FACILITATOR, "notes.add", input, "cmd_replayed_1");
    expect(again).toEqual(first);
    // Same note under a new command id (the client lost its outbox entry) is also harmless.
    callOk(r, FACILITATOR, "notes.add", input, "cmd_replayed_2");
    expect(count(r.db, "note")).toBe(1);
    expect(count(r.db, "change")).toBe(2); // the event and the note
  });

  it("refuses a bad input with a clear message and changes nothing", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const before = count(r.db, "change");
    const cases: [string, unknown, string][] = [
      ["notes.add", { id: "note_00000003", eventId: event.id, text: "" }, "invalid_input"],
      ["notes.add", { id: "note_00000003", eventId: event.id, text: "x".repeat(501) }, "invalid_input"],
      ["notes.add", { id: "note_00000003", eventId: event.id, text: "hi", author: "forged" }, "invalid_input"],
      ["notes.add", { id: "note_00000003", eventId: "evt_missing00", text: "hi" }, "not_found"],
      ["notes.add", "not an object", "invalid_input"],
      ["notes.drop_all", {}, "bad_request"],
      ["__proto__", {}, "bad_request"],
    ];
    for (const [method, input, code] of cases) {
      const res = r.room.call(FACILITATOR, { method, input, commandId: "cmd_bad_input" + code });
      expect(res.ok, method).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe(code);
        expect(res.error.message.length).toBeGreaterThan(5);
      }
    }
    expect(r.room.call(FACILITATOR, { method: "notes.add", input: { id: "note_00000003", eventId: event.id, text: "hi" } })).toMatchObject({
      ok: false,
      error: { code: "bad_request" },
    });
    expect(count(r.db, "change")).toBe(before);
    expect(count(r.db, "note")).toBe(0);
  });

  it("lets only allowed roles call a method", () => {
    const r = rooms.start();
    const res = r.room.call({ deviceId: "phone-1", role: "participant" }, { method: "events.create", input: sampleEvent(), commandId: "cmd_forbidden1" });
    expect(res).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(count(r.db, "event")).toBe(0);
  });

  it("sends the backlog on subscribe, then pushes each change after it is acknowledged", async () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    callOk(r, FACILITATOR, "notes.add", { id: "note_00000004", eventId: event.id, text: "first" });
    const seen: Change[] = [];
    const sub = r.room.subscribe(FACILITATOR, event.id, event.createdSeq, (c) => seen.push(c));
    expect(sub.ok).toBe(true);
    expect(seen.map((c) => c.command)).toEqual(["notes.add"]);
    const ack = callOk(r, FACILITATOR, "notes.add", { id: "note_00000005", eventId: event.id, text: "second" });
    expect(seen).toHaveLength(1); // acknowledged first…
    await Promise.resolve();
    expect(seen).toHaveLength(2); // …then pushed
    expect(seen[1]?.upserts[0]).toEqual({ kind: "note", value: ack });
    if (sub.ok) sub.value();
    callOk(r, FACILITATOR, "notes.add", { id: "note_00000006", eventId: event.id, text: "third" });
    await Promise.resolve();
    expect(seen).toHaveLength(2);
    expect(r.room.subscriberCount(event.id)).toBe(0);
  });

  it("keeps everything acknowledged after the room is closed and reopened", () => {
    const first = rooms.start();
    const event = callOk(first, FACILITATOR, "events.create", sampleEvent({ title: "Brook House" }));
    callOk(first, FACILITATOR, "notes.add", { id: "note_00000007", eventId: event.id, text: "لا توجد إضاءة في الحديقة ليلاً" });
    first.close();
    const again = rooms.start(first.dir);
    const snap = callOk(again, FACILITATOR, "events.snapshot", { eventId: event.id });
    expect(snap.event.title).toBe("Brook House");
    expect(snap.note[0]?.text).toBe("لا توجد إضاءة في الحديقة ليلاً");
  });

  it("stores SQL-looking text verbatim", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const text = "'); DROP TABLE note; --";
    callOk(r, FACILITATOR, "notes.add", { id: "note_00000008", eventId: event.id, text });
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).note[0]?.text).toBe(text);
  });
});
