import type { Note } from "../../../core";
import { devices } from "../../db/repos/devices";
import { notes } from "../../db/repos/notes";
import type { HandlersOf } from "../handler";
import { RoomError } from "../room-error";
import { assertMayAddNote } from "../permissions";
import { authorFor, requireEvent, requirePrompt, writingIsPrivate } from "./board-support";

export const noteHandlers: HandlersOf<"notes.add"> = {
  "notes.add": ({ db, seq, actor }, input) => {
    const event = requireEvent(db, input.eventId);
    assertMayAddNote(db, actor, event.id, event.currentStageId, input.promptId);
    const existing = notes.get(db, input.id);
    if (existing) {
      // The same note sent again by the device that wrote it gets its note back; any other
      // taken id gets one answer, whatever the text, so nobody can probe a hidden note by guessing.
      const again = existing.eventId === input.eventId && existing.text === input.text && notes.authorDevice(db, existing.id) === actor.deviceId;
      if (again) return { value: existing, eventId: existing.eventId, upserts: [] };
      throw new RoomError("conflict", "A different note already has that id.");
    }
    requirePrompt(db, event.id, input.promptId);
    const note: Note = {
      id: input.id,
      eventId: input.eventId,
      promptId: input.promptId,
      themeId: null,
      text: input.text,
      // A note from a table's device is that table's, unless it says otherwise.
      table: input.table || (actor.role === "facilitator" ? "" : (devices.get(db, actor.deviceId)?.table ?? "")),
      lang: input.lang,
      source: actor.role === "participant" ? "phone" : "typed",
      author: authorFor(event, actor),
      mergedInto: null,
      hidden: writingIsPrivate(db, event),
      deleted: false,
      position: seq,
      createdSeq: seq,
      updatedSeq: seq,
    };
    notes.insert(db, note, actor.deviceId);
    return { value: note, eventId: note.eventId, upserts: [{ kind: "note", value: note }] };
  },
};
