import { describe, expect, it } from "vitest";
import type { Change, Note } from "../../../src/core";
import { newId } from "../../../src/api";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { visibleChange, visibleNote } from "../../../src/server/room/visibility";
import { addStage, setEvent } from "../support/board-fixture";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";
import { eventId, noteId } from "../../unit/support/ids";

const TABLE_A: Actor = { deviceId: "laptop-table-a", role: "notetaker" };
const TABLE_B: Actor = { deviceId: "laptop-table-b", role: "notetaker" };
const PROJECTOR: Actor = { deviceId: "projector-1", role: "projector" };

const note = (over: Partial<Note> = {}): Note => ({
  id: noteId("note_00000001"),
  eventId: eventId("evt_00000001"),
  promptId: "prompt_000001",
  themeId: null,
  text: "My neighbour Mrs Khan cannot get her prescriptions",
  table: "A",
  lang: "en",
  source: "typed",
  author: "laptop-table-a",
  mergedInto: null,
  hidden: true,
  deleted: false,
  position: 7,
  createdSeq: 7,
  updatedSeq: 7,
  ...over,
});

describe("visibility", () => {
  it("gives every screen a blank stand-in for a private note: countable, unreadable", () => {
    for (const actor of [FACILITATOR, TABLE_B, PROJECTOR]) {
      const seen = visibleNote(actor, note());
      expect(seen).toMatchObject({ id: "note_00000001", hidden: true, text: "", table: "", lang: "", author: null, promptId: "prompt_000001" });
      expect(JSON.stringify(seen)).not.toMatch(/Khan|laptop-table-a/);
    }
  });

  it("passes open notes and changes without private notes through untouched", () => {
    const open = note({ hidden: false });
    expect(visibleNote(TABLE_B, open)).toBe(open);
    const change: Change = { seq: 8, eventId: eventId("evt_00000001"), command: "notes.add", at: "", upserts: [{ kind: "note", value: open }], deletes: [] };
    expect(visibleChange(TABLE_B, change)).toBe(change);
    const mixed: Change = { ...change, upserts: [{ kind: "note", value: open }, { kind: "note", value: note({ id: noteId("note_00000002") }) }] };
    const filtered = visibleChange(TABLE_B, mixed);
    expect(filtered?.upserts.map((u) => (u.kind === "note" ? u.value.text : ""))).toEqual([open.text, ""]);
    expect(mixed.upserts[1]!.kind === "note" && mixed.upserts[1]!.value.text).toBe(note().text); // the original is not mutated
  });
});

describe("private writing in the room", () => {
  const rooms = useRooms();

  function privateStage() {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const stage = addStage(r, event.id, { privateWriting: true });
    setEvent(r, event.id, { currentStageId: stage.id });
    return { r, event };
  }

  it("hides notes written during the stage from snapshots and pushes until the facilitator reveals them", async () => {
    const { r, event } = privateStage();
    const pushed: Change[] = [];
    const sub = r.room.subscribe(TABLE_B, event.id, 0, (c) => pushed.push(c));
    expect(sub.ok).toBe(true);
    // The writer's acknowledgement carries the note itself: its own screen shows it.
    const written = callOk(r, TABLE_A, "notes.add", { id: "note_private1", eventId: event.id, text: "Mrs Khan cannot get her prescriptions", table: "A" });
    expect(written).toMatchObject({ hidden: true, text: "Mrs Khan cannot get her prescriptions" });
    await Promise.resolve();
    const pushedNote = pushed.at(-1)!.upserts[0]!;
    expect(pushedNote.kind === "note" && pushedNote.value).toMatchObject({ id: "note_private1", hidden: true, text: "" });
    for (const actor of [FACILITATOR, TABLE_A, TABLE_B]) {
      const snap = callOk(r, actor, "events.snapshot", { eventId: event.id });
      expect(JSON.stringify(snap)).not.toContain("Khan");
      expect(snap.note.filter((n) => n.hidden)).toHaveLength(1);
    }
    // Other devices cannot touch it; its writer may still fix a typo.
    const edit = r.room.call(TABLE_B, { method: "notes.edit", input: { eventId: event.id, id: "note_private1", text: "x" }, commandId: newId() });
    expect(edit).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(callOk(r, TABLE_A, "notes.edit", { eventId: event.id, id: "note_private1", text: "Mrs K cannot get her prescriptions" }).notes[0]?.text).toBe("Mrs K cannot get her prescriptions");
    // Nor can it be sorted before the reveal.
    const move = r.room.call(TABLE_A, { method: "notes.move", input: { eventId: event.id, moves: [{ id: "note_private1", themeId: null, position: 1 }] }, commandId: newId() });
    expect(move).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringMatching(/still private/) } });

    const revealed = callOk(r, FACILITATOR, "notes.reveal", { eventId: event.id });
    expect(revealed.notes.map((n) => [n.id, n.hidden])).toEqual([["note_private1", false]]);
    await Promise.resolve();
    const last = pushed.at(-1)!.upserts[0]!;
    expect(last.kind === "note" && last.value).toMatchObject({ hidden: false, text: "Mrs K cannot get her prescriptions", table: "A" });
    expect(callOk(r, TABLE_B, "events.snapshot", { eventId: event.id }).note[0]?.text).toBe("Mrs K cannot get her prescriptions");
    if (sub.ok) sub.value();
  });

  it("filters the backlog a screen catches up on after a reconnect", () => {
    const { r, event } = privateStage();
    callOk(r, TABLE_A, "notes.add", { id: "note_private2", eventId: event.id, text: "A private thought" });
    const caughtUp: Change[] = [];
    const sub = r.room.subscribe(TABLE_B, event.id, 0, (c) => caughtUp.push(c));
    expect(JSON.stringify(caughtUp)).not.toContain("A private thought");
    expect(caughtUp.some((c) => c.upserts.some((u) => u.kind === "note" && u.value.id === "note_private2"))).toBe(true);
    if (sub.ok) sub.value();
  });

  it("answers another device's guess at a hidden note's text exactly as a wrong guess, and never with the note", () => {
    const { r, event } = privateStage();
    callOk(r, TABLE_A, "notes.add", { id: "note_private3", eventId: event.id, text: "Ring Dev on 07700 900123", table: "A", lang: "en" });
    const guess = (actor: Actor, text: string) => r.room.call(actor, { method: "notes.add", input: { id: "note_private3", eventId: event.id, text }, commandId: newId() });
    const right = guess(TABLE_B, "Ring Dev on 07700 900123");
    const wrong = guess(TABLE_B, "Ring Sam on 07700 900000");
    expect(right).toEqual(wrong);
    expect(right).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(JSON.stringify(guess(FACILITATOR, "Ring Dev on 07700 900123"))).not.toContain("07700");
    // The writer sending its own note again gets it back (a retry after a lost acknowledgement).
    expect(guess(TABLE_A, "Ring Dev on 07700 900123")).toMatchObject({ ok: true, value: { id: "note_private3", text: "Ring Dev on 07700 900123" } });
  });

  it("writes notes in the open when the stage has no private writing", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    setEvent(r, event.id, { currentStageId: addStage(r, event.id).id });
    expect(callOk(r, TABLE_A, "notes.add", { id: newId(), eventId: event.id, text: "open" }).hidden).toBe(false);
  });
});

describe("attribution", () => {
  const rooms = useRooms();

  it("leaves notes anonymous by default and, when on, names the writing device, never a name the client sends", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    expect(callOk(r, TABLE_A, "notes.add", { id: newId(), eventId: event.id, text: "anonymous" }).author).toBeNull();
    setEvent(r, event.id, { attribution: true });
    expect(callOk(r, TABLE_A, "notes.add", { id: newId(), eventId: event.id, text: "signed" }).author).toBe("laptop-table-a");
    const forged = r.room.call(TABLE_A, { method: "notes.add", input: { id: newId(), eventId: event.id, text: "forged", author: "The Mayor" }, commandId: newId() });
    expect(forged).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    const snap = callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id });
    expect(snap.note.map((n) => n.author)).toEqual([null, "laptop-table-a"]);
  });
});
