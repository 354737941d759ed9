import { IMPORT_MAX_NOTES, type Note, type Theme } from "../../../core";
import { importParts } from "../../db/repos/note-import";
import { notes } from "../../db/repos/notes";
import { themes } from "../../db/repos/themes";
import type { HandlersOf } from "../handler";
import { RoomError } from "../room-error";
import { authorFor, boardOutcome, liveTheme, nextThemePosition, requireEvent, requirePrompt, writingIsPrivate } from "./board-support";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Many notes at once: lines pasted into the note box, or a CSV typed up from paper. */
export const noteImportHandlers: HandlersOf<"notes.importPart" | "notes.import"> = {
  "notes.importPart": ({ db, actor, at }, input) => {
    requireEvent(db, input.eventId);
    importParts.removeOlderThan(db, new Date(Date.parse(at) - DAY_MS).toISOString());
    // A bounded share of storage: one unfinished import per device; starting another drops the parts of the last.
    importParts.removeOthersOf(db, actor.deviceId, input.importId);
    if (importParts.stagedNotes(db, actor.deviceId, input.importId, input.part) + input.notes.length > IMPORT_MAX_NOTES) {
      throw new RoomError("too_large", `At most ${IMPORT_MAX_NOTES} notes can be imported at once; this part was not kept.`);
    }
    importParts.stage(db, { importId: input.importId, part: input.part, eventId: input.eventId, actor: actor.deviceId, notes: input.notes, at });
    // Staging changes nothing anyone sees, so it records no change in the feed.
    return { value: { staged: input.notes.length }, eventId: input.eventId, upserts: [] };
  },

  "notes.import": ({ db, actor, seq }, input) => {
    const event = requireEvent(db, input.eventId);
    const staged = importParts.list(db, input.importId, input.eventId, actor.deviceId);
    if (staged.length !== input.parts || staged.some((p, i) => p.part !== i))
      throw new RoomError("conflict", `The import is incomplete: ${staged.length} of ${input.parts} parts arrived. Nothing was imported; try again.`);
    const rows = [...staged.flatMap((p) => p.notes), ...input.notes];
    if (rows.length === 0) throw new RoomError("invalid_input", "There are no notes to import.");
    if (rows.length > IMPORT_MAX_NOTES) throw new RoomError("too_large", `At most ${IMPORT_MAX_NOTES} notes can be imported at once.`);

    const ids = new Set<string>();
    for (const id of [...rows.map((r) => r.id), ...input.themes.map((t) => t.id)]) {
      if (ids.has(id)) throw new RoomError("invalid_input", "The import lists the same id twice.");
      ids.add(id);
      if (notes.get(db, id) || themes.get(db, id)) throw new RoomError("conflict", "Some of these notes were imported already.");
    }
    let position = nextThemePosition(db, event.id);
    const created: Theme[] = input.themes.map((t) => {
      const theme: Theme = { ...t, eventId: event.id, position: position++, collapsed: false, deleted: false, createdSeq: seq, updatedSeq: seq };
      themes.insert(db, theme);
      return theme;
    });
    const newThemes = new Set(created.map((t) => t.id));
    const checkedPrompts = new Set<string>();
    const checkedThemes = new Set<string>();
    // Notes typed up from paper were written in the open; a paste follows the stage's private writing.
    const hidden = input.source === "typed" && writingIsPrivate(db, event);
    const author = authorFor(event, actor);
    const added = rows.map((r, i): Note => {
      if (r.promptId !== null && !checkedPrompts.has(r.promptId)) {
        requirePrompt(db, event.id, r.promptId);
        checkedPrompts.add(r.promptId);
      }
      if (r.themeId !== null && !newThemes.has(r.themeId) && !checkedThemes.has(r.themeId)) {
        liveTheme(db, event.id, r.themeId);
        checkedThemes.add(r.themeId);
      }
      const note: Note = {
        ...r,
        eventId: event.id,
        source: input.source,
        author,
        mergedInto: null,
        hidden: hidden && r.themeId === null,
        deleted: false,
        // In the order given, after everything already on the board.
        position: seq + (i + 1) / (rows.length + 1),
        createdSeq: seq,
        updatedSeq: seq,
      };
      notes.insert(db, note, actor.deviceId);
      return note;
    });
    importParts.remove(db, input.importId);
    return boardOutcome(event.id, added, created);
  },
};
