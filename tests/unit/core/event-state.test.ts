import { describe, expect, it } from "vitest";
import { applyChange, eventState, notesInOrder, type Change, type Note } from "../../../src/core";
import { anEvent } from "../support/event-fixture";
import { eventId } from "../support/ids";
import { note as aNote } from "../support/voting";

const event = anEvent();
const note = (id: string, seq: number, text = id): Note => aNote(id, { text, position: seq, createdSeq: seq, updatedSeq: seq });
const change = (seq: number, n: Note, eventId = event.id): Change => ({ seq, eventId, command: "notes.add", at: "", upserts: [{ kind: "note", value: n }], deletes: [] });

describe("applyChange", () => {
  it("folds new notes in, in server order", () => {
    let s = eventState(event, {}, 1);
    s = applyChange(s, change(3, note("note_bbbbbbbb", 3)));
    s = applyChange(s, change(2, note("note_aaaaaaaa", 2))); // arrives late: already past
    expect(notesInOrder(s).map((n) => n.id)).toEqual(["note_bbbbbbbb"]);
    expect(s.seq).toBe(3);
  });
  it("ignores a replayed change and another event's change", () => {
    const s1 = applyChange(eventState(event, {}, 1), change(2, note("note_aaaaaaaa", 2)));
    expect(applyChange(s1, change(2, note("note_aaaaaaaa", 2, "edited")))).toBe(s1);
    expect(applyChange(s1, change(5, note("note_cccccccc", 5), eventId("evt_other000")))).toBe(s1);
  });
  it("applies deletes", () => {
    const s1 = applyChange(eventState(event, {}, 1), change(2, note("note_aaaaaaaa", 2)));
    const s2 = applyChange(s1, { seq: 3, eventId: event.id, command: "notes.delete", at: "", upserts: [], deletes: [{ kind: "note", id: "note_aaaaaaaa" }] });
    expect(s2.note.size).toBe(0);
  });
});
