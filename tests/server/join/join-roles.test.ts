import { describe, expect, it } from "vitest";
import type { EventId } from "../../../src/core";
import type { Actor } from "../../../src/server/room/actor";
import { FACILITATOR } from "../../../src/server/room/actor";
import { assertMayChangeNote } from "../../../src/server/room/permissions";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";
import { seedCaptureStage } from "../support/seed";
import { Client, newKey, openDoors, useHallLan } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";

const device = (role: Actor["role"], eventId: EventId, deviceId = `dev_${role}_0001`): Actor => ({ deviceId, role, eventId });
const note = (eventId: string, id: string, more: Record<string, unknown> = {}) => ({ id, eventId, text: `Note ${id}`, ...more });

describe("roles, enforced by the room", () => {
  const rooms = useRooms();

  it("lets a participant add notes only while a capture stage is open, on that stage's prompts", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const phone = device("participant", event.id);
    expect(r.room.call(phone, { method: "notes.add", input: note(event.id, "note_phone_01"), commandId: "cmd_p_00001" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    const { promptId } = seedCaptureStage(r.db, event.id);
    const added = callOk(r, phone, "notes.add", note(event.id, "note_phone_02", { promptId }));
    expect(added).toMatchObject({ source: "phone", author: null });
    const other = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const elsewhere = seedCaptureStage(r.db, other.id);
    expect(r.room.call(phone, { method: "notes.add", input: note(event.id, "note_phone_03", { promptId: elsewhere.promptId }), commandId: "cmd_p_00003" })).toMatchObject({
      ok: false,
      error: { code: "forbidden", message: "That question is not open now." },
    });
  });

  it("refuses a participant's notes in a stage that does not collect them", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    seedCaptureStage(r.db, event.id, "vote");
    expect(r.room.call(device("participant", event.id), { method: "notes.add", input: note(event.id, "note_vote_01"), commandId: "cmd_v_00001" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    // A note-taker captures whatever the stage.
    expect(callOk(r, device("notetaker", event.id), "notes.add", note(event.id, "note_vote_02")).source).toBe("typed");
  });

  it("keeps the event's running and the doors to the facilitator", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    seedCaptureStage(r.db, event.id);
    const calls: [string, unknown][] = [
      ["events.create", sampleEvent()],
      ["events.list", {}],
      ["join.status", { eventId: event.id }],
      ["join.open", { eventId: event.id, address: null }],
      ["join.rotate", { eventId: event.id }],
      ["devices.remove", { deviceId: "dev_someone_1" }],
      ["devices.setRole", { deviceId: "dev_someone_1", role: "notetaker" }],
    ];
    for (const role of ["participant", "notetaker", "projector"] as const) {
      for (const [method, input] of calls) {
        expect(r.room.call(device(role, event.id), { method, input, commandId: `cmd_${role}_${method}`.replace(".", "_") }), `${role} ${method}`).toMatchObject({
          ok: false,
          error: { code: "forbidden" },
        });
      }
    }
    expect(r.room.call(device("projector", event.id), { method: "notes.add", input: note(event.id, "note_proj_01"), commandId: "cmd_proj_001" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("keeps a device inside its own event", () => {
    const r = rooms.start();
    const mine = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const other = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Another event" }));
    const phone = device("notetaker", mine.id);
    expect(callOk(r, phone, "events.snapshot", { eventId: mine.id }).event.id).toBe(mine.id);
    expect(r.room.call(phone, { method: "events.snapshot", input: { eventId: other.id } })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(r.room.call(phone, { method: "notes.add", input: note(other.id, "note_other_1"), commandId: "cmd_o_00001" })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(r.room.subscribe(phone, other.id, 0, () => undefined)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(r.db.prepare("SELECT COUNT(*) AS n FROM note").get()).toEqual({ n: 0 });
  });

  it("lets a participant change only the notes its own device added", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const { promptId } = seedCaptureStage(r.db, event.id);
    const me = device("participant", event.id, "dev_me_000001");
    const mineNote = callOk(r, me, "notes.add", note(event.id, "note_mine_01", { promptId }));
    const theirs = callOk(r, device("notetaker", event.id), "notes.add", note(event.id, "note_their_1"));
    expect(() => assertMayChangeNote(r.db, me, mineNote.id)).not.toThrow();
    expect(() => assertMayChangeNote(r.db, me, theirs.id)).toThrow(/only the notes it added/);
    expect(() => assertMayChangeNote(r.db, device("participant", event.id, "dev_other_001"), mineNote.id)).toThrow();
    expect(() => assertMayChangeNote(r.db, device("projector", event.id), mineNote.id)).toThrow();
    expect(() => assertMayChangeNote(r.db, device("notetaker", event.id), mineNote.id)).not.toThrow();
  });
});

describe("the author is the device", () => {
  const lan = useLan();

  it("records the joined device as a note's author, whatever the client sends", async () => {
    const { lan: server, room } = await lan.start();
    const controller = useHallLan(server, room);
    const host = await Client.open(`ws://127.0.0.1:${server.port}/ws`);
    const event = await host.callOk<{ id: string }>("events.create", sampleEvent());
    const doors = await openDoors(server, event.id, controller);
    const phone = await Client.open(doors.wsUrl, { origin: doors.origin });
    const hello = (await phone.hello(newKey(), { via: "token", token: doors.invite.tokens.notetaker })) as { value: { deviceId: string } };

    expect(await phone.call("notes.add", { ...note(event.id, "note_forged_1"), author: "facilitator" })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    for (const extra of [{ actor: "facilitator" }, { deviceId: "facilitator" }, { role: "facilitator" }]) {
      expect(await phone.request({ type: "call", method: "events.list", input: {}, ...extra })).toMatchObject({ ok: false, error: { code: "bad_request" } });
    }
    expect(await phone.call("notes.add", note(event.id, "note_honest_1"))).toMatchObject({ ok: true });
    const rows = room.db.prepare(`SELECT id, author_device FROM note ORDER BY id`).all();
    expect(rows).toEqual([{ id: "note_honest_1", author_device: hello.value.deviceId }]);
    expect(room.db.prepare(`SELECT actor FROM change WHERE command = 'notes.add'`).all()).toEqual([{ actor: hello.value.deviceId }]);
  });

  it("pushes a note one device adds to every other device following the event", async () => {
    const { lan: server, room } = await lan.start();
    const controller = useHallLan(server, room);
    const host = await Client.open(`ws://127.0.0.1:${server.port}/ws`);
    const event = await host.callOk<{ id: string }>("events.create", sampleEvent());
    seedCaptureStage(room.db, event.id);
    const doors = await openDoors(server, event.id, controller);
    const [a, b] = await Promise.all([0, 1].map(() => Client.open(doors.wsUrl, { origin: doors.origin })));
    await a!.hello(newKey(), { via: "token", token: doors.invite.tokens.notetaker });
    await b!.hello(newKey(), { via: "token", token: doors.invite.tokens.participant });
    expect(await b!.request({ type: "subscribe", eventId: event.id, sinceSeq: 0 })).toMatchObject({ ok: true });
    await a!.callOk("notes.add", note(event.id, "note_live_001"));
    expect(await b!.f.next((f) => JSON.stringify(f).includes("note_live_001"))).toMatchObject({ type: "change", change: { command: "notes.add" } });
  });
});
