import { z } from "zod";
import { NoteExpect, NotePatch, ThemeExpect, ThemePatch } from "./board-fields";
import { Id, EventId, NoteId, ThemeId } from "./ids";
import { Note } from "./note";
import { Theme } from "./theme";

/** Inputs and results of the board as a whole (board.restore: undo and redo); every note and theme command answers a BoardResult. */

/** What every board command answers: the notes and themes as they are after it, for the caller's undo stack. */
export const BoardResult = z.object({ notes: z.array(Note), themes: z.array(Theme) });
export type BoardResult = z.infer<typeof BoardResult>;

/**
 * Undo and redo: put fields back, entity by entity, but only where the entity still has the
 * values this client left it with (`expect`); anything changed since by someone else is skipped.
 */
export const RestoreEntity = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("note"), id: NoteId, expect: NoteExpect, set: NotePatch }),
  z.strictObject({ kind: z.literal("theme"), id: ThemeId, expect: ThemeExpect, set: ThemePatch }),
]);
export type RestoreEntity = z.infer<typeof RestoreEntity>;
export const BoardRestoreInput = z.strictObject({ eventId: EventId, entities: z.array(RestoreEntity).min(1).max(500) });

export const SkippedEntity = z.object({ kind: z.enum(["note", "theme"]), id: Id, reason: z.string() });
export type SkippedEntity = z.infer<typeof SkippedEntity>;
export const BoardRestoreResult = BoardResult.extend({ skipped: z.array(SkippedEntity) });
export type BoardRestoreResult = z.infer<typeof BoardRestoreResult>;
