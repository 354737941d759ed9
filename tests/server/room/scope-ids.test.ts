import { describe, expect, it } from "vitest";
import { newId, type Result } from "../../../src/api";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";
import { addTheme, createRound, votingEvent } from "../support/voting-fixture";

/** An answer without the parts that name the id asked about. */
const shape = (r: Result<unknown>, id: string) => JSON.parse(JSON.stringify(r).replaceAll(id, "ID")) as unknown;

describe("a device reaches its own event's things, whatever id it names", () => {
  const rooms = useRooms();

  it("answers an id from another event exactly like an id that does not exist, for notes, themes, rounds and ballots", () => {
    const r = rooms.start();
    const mine = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const other = votingEvent(r);
    const theirNote = other.ids[0]!;
    const theirTheme = addTheme(r, other.event.id, "theme_theirs_01", "Their theme", 1).id;
    const theirRound = createRound(r, other.event.id).id;
    callOk(r, FACILITATOR, "rounds.open", { roundId: theirRound });
    const e = mine.id;
    const probes: [Actor["role"], string, (id: string) => unknown][] = [
      ["notetaker", "notes.edit", (id) => ({ eventId: e, id, text: "changed" })],
      ["notetaker", "notes.delete", (id) => ({ eventId: e, ids: [id] })],
      ["notetaker", "notes.move", (id) => ({ eventId: e, moves: [{ id, themeId: null, position: 1 }] })],
      ["notetaker", "notes.merge", (id) => ({ eventId: e, targetId: id, sourceIds: [newId()] })],
      ["notetaker", "themes.update", (id) => ({ eventId: e, id, title: "changed" })],
      ["notetaker", "themes.delete", (id) => ({ eventId: e, id })],
      ["notetaker", "votes.paperLog", (id) => ({ roundId: id })],
      ["notetaker", "votes.paper", (id) => ({ roundId: id, itemId: theirNote, dots: 500 })],
      ["participant", "votes.mine", (id) => ({ roundId: id })],
      ["participant", "votes.add", (id) => ({ roundId: id, itemId: theirNote })],
    ];
    const real: Record<string, string> = { notes: theirNote, themes: theirTheme, votes: theirRound };
    for (const [role, method, input] of probes) {
      const actor: Actor = { deviceId: `dev_${role}_01`, role, eventId: e };
      const id = real[method.split(".")[0]!]!;
      const made = newId();
      const theirs = r.room.call(actor, { method, input: input(id), commandId: newId() });
      const none = r.room.call(actor, { method, input: input(made), commandId: newId() });
      expect(theirs.ok, method).toBe(false);
      expect(shape(theirs, id), method).toEqual(shape(none, made));
    }
    // An add cannot take another event's id; it is refused as a conflict and changes nothing.
    const add = r.room.call({ deviceId: "dev_notetaker_01", role: "notetaker", eventId: e }, { method: "notes.add", input: { id: theirNote, eventId: e, text: "x" }, commandId: newId() });
    expect(add).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(JSON.stringify(add)).not.toContain(other.notes[0]!.text);
    // Nothing of the other event changed.
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: other.event.id }).paperCount).toEqual([]);
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: other.event.id }).note[0]!.text).toBe(other.notes[0]!.text);
  });
});
