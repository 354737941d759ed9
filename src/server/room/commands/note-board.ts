import { changedFields, mergedPlacement, NOTE_FIELDS, positionBetween, type Note } from "../../../core";
import { notes } from "../../db/repos/notes";
import { themes } from "../../db/repos/themes";
import type { HandlersOf } from "../handler";
import { RoomError } from "../room-error";
import { boardNote, boardOutcome, liveTheme, noteOf, requireEvent, requirePrompt, saveNote } from "./board-support";

type NoteBoardMethods = "notes.edit" | "notes.delete" | "notes.move" | "notes.merge" | "notes.unmerge" | "notes.reveal";

/** Editing, deleting and sorting notes; merging duplicates; revealing private writing. */
export const noteBoardHandlers: HandlersOf<NoteBoardMethods> = {
  "notes.edit": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const note = noteOf(db, actor, input.eventId, input.id);
    if (!note) throw new RoomError("not_found", "That note does not exist.");
    if (note.deleted) throw new RoomError("conflict", "That note was deleted.");
    if (note.mergedInto !== null) throw new RoomError("conflict", "That note was merged into another one; unmerge it to edit it.");
    if (input.promptId !== undefined) requirePrompt(db, input.eventId, input.promptId);
    const wanted: Note = {
      ...note,
      ...(input.text !== undefined && { text: input.text }),
      ...(input.table !== undefined && { table: input.table }),
      ...(input.lang !== undefined && { lang: input.lang }),
      ...(input.promptId !== undefined && { promptId: input.promptId }),
    };
    if (changedFields(note, wanted, NOTE_FIELDS).length === 0) return boardOutcome(input.eventId, []);
    return boardOutcome(input.eventId, [saveNote(db, note, wanted, seq)]);
  },

  "notes.delete": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const found = input.ids.map((id) => {
      const note = noteOf(db, actor, input.eventId, id);
      if (!note) throw new RoomError("not_found", "That note does not exist.");
      return note;
    });
    // Kept, only marked: undo brings a deleted note back as it was.
    return boardOutcome(input.eventId, found.filter((n) => !n.deleted).map((n) => saveNote(db, n, { deleted: true }, seq)));
  },

  "notes.move": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const moved = input.moves.map((m) => {
      const note = boardNote(db, actor, input.eventId, m.id);
      if (m.themeId !== null) liveTheme(db, input.eventId, m.themeId);
      return { note, m };
    });
    const changed = moved
      .filter(({ note, m }) => note.themeId !== m.themeId || note.position !== m.position)
      .map(({ note, m }) => saveNote(db, note, { themeId: m.themeId, position: m.position }, seq));
    return boardOutcome(input.eventId, changed);
  },

  "notes.merge": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const target = boardNote(db, actor, input.eventId, input.targetId);
    if (input.sourceIds.includes(target.id)) throw new RoomError("invalid_input", "A note cannot be merged into itself.");
    const sources = input.sourceIds.map((id) => boardNote(db, actor, input.eventId, id));
    const changed: Note[] = [];
    // An unsorted note merged with a themed one stays sorted: it takes the themed note's place.
    const isLive = (themeId: string) => {
      const theme = themes.get(db, themeId);
      return theme !== undefined && theme.eventId === input.eventId && !theme.deleted;
    };
    const placement = mergedPlacement(target, sources, isLive);
    if (placement) changed.push(saveNote(db, target, placement, seq));
    for (const source of sources) {
      // A note that had duplicates merged into it passes them on: the survivor keeps every original.
      for (const original of notes.listOriginals(db, source.id)) changed.push(saveNote(db, original, { mergedInto: target.id }, seq));
      changed.push(saveNote(db, source, { mergedInto: target.id }, seq));
    }
    return boardOutcome(input.eventId, changed);
  },

  "notes.unmerge": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const survivor = boardNote(db, actor, input.eventId, input.id);
    const originals = notes.listOriginals(db, survivor.id);
    if (originals.length === 0) throw new RoomError("conflict", "That note has no merged duplicates to unmerge.");
    // The duplicates come back beside the note they were merged into, in its theme.
    const siblings = notes.listOnBoard(db, input.eventId, survivor.themeId);
    const after = siblings.find((n) => n.position > survivor.position)?.position;
    let previous = survivor.position;
    const changed = originals.map((o) => {
      const position = positionBetween(previous, after);
      previous = position;
      return saveNote(db, o, { mergedInto: null, themeId: survivor.themeId, position }, seq);
    });
    return boardOutcome(input.eventId, changed);
  },

  "notes.reveal": ({ db, seq }, input) => {
    requireEvent(db, input.eventId);
    return boardOutcome(
      input.eventId,
      notes.listHidden(db, input.eventId).map((n) => saveNote(db, n, { hidden: false }, seq)),
    );
  },
};
