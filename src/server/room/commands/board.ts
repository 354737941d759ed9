import { hasFields, type Note, type NoteFields, type SkippedEntity, type Theme } from "../../../core";
import { themes } from "../../db/repos/themes";
import type { Actor } from "../actor";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { boardOutcome, liveTheme, noteOf, requirePrompt, saveNote, saveTheme } from "./support/board-support";
import { requireEvent } from "../../db/repos/events";
import type { ReadonlyDatabase } from "../../db/prepared";

const CHANGED_SINCE = "someone else changed it since";

/**
 * Undo and redo. Each entity is put back only if it still holds what the caller expects (the
 * values its own change left); otherwise it is skipped, so nobody's later change is reverted.
 * A value that no longer fits (a theme deleted since, a duplicate's note gone) is skipped too.
 */
export const boardHandlers: HandlersOf<"board.restore"> = {
  "board.restore": ({ db, actor, seq }, input) => {
    requireEvent(db, input.eventId);
    const changedNotes: Note[] = [];
    const changedThemes: Theme[] = [];
    const skipped: SkippedEntity[] = [];
    for (const entity of input.entities) {
      const skip = (reason: string) => skipped.push({ kind: entity.kind, id: entity.id, reason });
      if (entity.kind === "theme") {
        const theme = themes.get(db, entity.id);
        if (!theme || theme.eventId !== input.eventId) skip("it does not exist");
        else if (!hasFields(theme, entity.expect)) skip(CHANGED_SINCE);
        else changedThemes.push(saveTheme(db, theme, entity.set, seq));
        continue;
      }
      const note = noteOf(db, actor, input.eventId, entity.id);
      if (!note) skip("it does not exist");
      else if (!hasFields(note, entity.expect)) skip(CHANGED_SINCE);
      else {
        const unfit = whyUnfit(db, actor, note, entity.set);
        if (unfit) skip(unfit);
        else changedNotes.push(saveNote(db, note, entity.set, seq));
      }
    }
    const outcome = boardOutcome(input.eventId, changedNotes, changedThemes);
    return { ...outcome, value: { ...outcome.value, skipped } };
  },
};

/** Why `set` cannot be applied to `note` as things are now, or null when it can. */
function whyUnfit(db: ReadonlyDatabase, actor: Actor, note: Note, set: NoteFields): string | null {
  try {
    if (set.promptId !== undefined) requirePrompt(db, note.eventId, set.promptId);
    if (set.themeId !== undefined && set.themeId !== null) liveTheme(db, note.eventId, set.themeId);
    if (set.mergedInto !== undefined && set.mergedInto !== null) {
      if (set.mergedInto === note.id) return "a note cannot be merged into itself";
      const target = noteOf(db, actor, note.eventId, set.mergedInto);
      if (!target || target.deleted || target.mergedInto !== null) return "the note it was merged into has changed since";
    }
    if (note.hidden && (set.themeId != null || set.mergedInto != null)) return "it is still private";
    return null;
  } catch (err) {
    if (err instanceof RoomError) return err.message.replace(/\.$/, "").replace(/^./, (c) => c.toLowerCase());
    throw err;
  }
}
