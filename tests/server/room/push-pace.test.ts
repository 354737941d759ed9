import { describe, expect, it } from "vitest";
import { applyChange, eventState, type Change, type EventState } from "../../../src/core";
import { DEVICE_PUSH_MS } from "../../../src/server/room/paced-pushes";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { Client, newKey, openDoors, startHall } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const NOTES = 40;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const changeFrames = (c: Client) => c.f.got.filter((f): f is { type: "change"; change: Change } => (f as { type?: unknown }).type === "change");

describe("what a device's screen is pushed", () => {
  const lan = useLan();

  it("sends each phone what changed a few times a second, merged, while the facilitator's screen gets every change", async () => {
    const hall = await startHall(lan);
    const doors = await openDoors(hall.lan, hall.eventId, hall.controller);
    const phones = await Promise.all([0, 1, 2].map(() => Client.open(doors.wsUrl, { origin: doors.origin })));
    for (const p of phones) {
      expect(await p.hello(newKey(), { via: "token", token: doors.invite.tokens.participant })).toMatchObject({ ok: true });
      expect(await p.request({ type: "subscribe", eventId: hall.eventId, sinceSeq: 0 })).toMatchObject({ ok: true });
    }
    const snap = await hall.host.callOk<{ seq: number }>("events.snapshot", { eventId: hall.eventId });
    expect(await hall.host.request({ type: "subscribe", eventId: hall.eventId, sinceSeq: snap.seq })).toMatchObject({ ok: true });
    const backlog = phones.map((p) => changeFrames(p).length);

    const started = Date.now();
    for (let i = 0; i < NOTES; i++) await hall.host.callOk("notes.add", { id: `note_pace_${String(i).padStart(3, "0")}`, eventId: hall.eventId, text: `Note ${i}` });
    const took = Date.now() - started;
    await wait(DEVICE_PUSH_MS * 3);

    // The facilitator's screen stays live: one frame per note.
    expect(changeFrames(hall.host).length).toBe(NOTES);
    for (const [i, p] of phones.entries()) {
      const pushed = changeFrames(p).slice(backlog[i]);
      // At most one frame per interval (and one more for an interval cut in two), never one per note.
      expect(pushed.length).toBeLessThanOrEqual(Math.ceil(took / DEVICE_PUSH_MS) + 2);
      expect(pushed.length).toBeLessThan(NOTES);
      const noteIds = new Set(pushed.flatMap((f) => f.change.upserts.filter((u) => u.kind === "note").map((u) => u.value.id)));
      expect(noteIds.size).toBe(NOTES);
    }
  });
});

describe("a device whose socket is busy", () => {
  const rooms = useRooms();

  it("gets nothing while busy, does not hold the others, then catches up from the change feed in one change", async () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const snap = callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id });
    const phone = (n: number): Actor => ({ deviceId: `dev_pace_${n}`, role: "participant", eventId: event.id });
    let slowIsBusy = true;
    const slow: Change[] = [];
    const quick: Change[] = [];
    const live: Change[] = [];
    expect(r.room.subscribe(phone(1), event.id, snap.seq, (c) => slow.push(c), { busy: () => slowIsBusy }).ok).toBe(true);
    expect(r.room.subscribe(phone(2), event.id, snap.seq, (c) => quick.push(c), { busy: () => false }).ok).toBe(true);
    expect(r.room.subscribe(FACILITATOR, event.id, snap.seq, (c) => live.push(c)).ok).toBe(true);

    for (let i = 0; i < 5; i++) callOk(r, FACILITATOR, "notes.add", { id: `note_slow_${i}`, eventId: event.id, text: `Note ${i}` });
    await Promise.resolve();
    expect(live).toHaveLength(5);
    expect(quick).toHaveLength(0); // paced: not yet
    await wait(DEVICE_PUSH_MS * 3);
    expect(quick).toHaveLength(1);
    expect(quick[0]!.upserts.filter((u) => u.kind === "note")).toHaveLength(5);
    expect(slow).toHaveLength(0);

    callOk(r, FACILITATOR, "notes.edit", { id: "note_slow_0", eventId: event.id, text: "Edited" });
    slowIsBusy = false;
    await wait(DEVICE_PUSH_MS * 3);
    expect(slow).toHaveLength(1);
    let state: EventState = eventState(snap.event, snap, snap.seq);
    state = applyChange(state, slow[0]!);
    expect([...state.note.values()].map((n) => n.text).sort()).toEqual(["Edited", "Note 1", "Note 2", "Note 3", "Note 4"]);
    expect(JSON.stringify(slow)).not.toContain("Note 0"); // each entity as it is now
    expect(quick).toHaveLength(2);
  });
});
