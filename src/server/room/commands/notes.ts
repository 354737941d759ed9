import type { Note } from "../../../core";
import { getEvent } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import type { HandlersOf } from "../handler";
import { RoomError } from "../room-error";
import { assertMayAddNote } from "../permissions";

export const noteHandlers: HandlersOf<"notes.add"> = {
  "notes.add": ({ db, seq, actor }, input) => {
    const event = getEvent(db, input.eventId);
    if (!event) throw new RoomError("not_found", "That event does not exist.");
    assertMayAddNote(db, actor, event.id, event.currentStageId, input.promptId);
    const existing = notes.get(db, input.id);
    if (existing) {
      if (existing.eventId === input.eventId && existing.text === input.text) return { value: existing, eventId: existing.eventId, upserts: [] };
      throw new RoomError("conflict", "A different note already has that id.");
    }
    const note: Note = {
      id: input.id,
      eventId: input.eventId,
      promptId: input.promptId,
      themeId: null,
      text: input.text,
      table: input.table,
      lang: input.lang,
      source: actor.role === "participant" ? "phone" : "typed",
      author: null,
      mergedInto: null,
      hidden: false,
      deleted: false,
      position: seq,
      createdSeq: seq,
      updatedSeq: seq,
    };
    notes.insert(db, note, actor.deviceId);
    return { value: note, eventId: note.eventId, upserts: [{ kind: "note", value: note }] };
  },
};
