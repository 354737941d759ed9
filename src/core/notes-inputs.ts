import { z } from "zod";
import { Position, TABLE_MAX, TableLabel, ThemeTitle } from "./board-fields";
import { Id, EventId, NoteId, ThemeId } from "./ids";
import { LangTag, NoteText } from "./note";
import { ThemeColour } from "./theme";
import { optionalText } from "./text";

/** Inputs of the notes.* commands. All strict: an unknown field is refused. */

export const NoteAddInput = z.strictObject({
  id: NoteId,
  eventId: EventId,
  text: NoteText,
  promptId: Id.nullable().default(null),
  table: optionalText("The table label", TABLE_MAX).default(""),
  lang: LangTag.default(""),
});
export type NoteAddInput = z.input<typeof NoteAddInput>;

const NoteIds = (what: string, max: number) =>
  z
    .array(NoteId)
    .min(1, `${what}: at least one note`)
    .max(max, `${what}: at most ${max} notes at once`)
    .refine((ids) => new Set(ids).size === ids.length, `${what}: a note is listed twice`);

export const NoteEditInput = z
  .strictObject({
    eventId: EventId,
    id: NoteId,
    text: NoteText.optional(),
    table: TableLabel.optional(),
    lang: LangTag.optional(),
    promptId: Id.nullable().optional(),
  })
  .refine((i) => i.text !== undefined || i.table !== undefined || i.lang !== undefined || i.promptId !== undefined, "Nothing to change.");
export type NoteEditInput = z.input<typeof NoteEditInput>;

export const NoteDeleteInput = z.strictObject({ eventId: EventId, ids: NoteIds("Delete", 200) });

export const NoteMoveInput = z.strictObject({
  eventId: EventId,
  moves: z
    .array(z.strictObject({ id: NoteId, themeId: ThemeId.nullable(), position: Position }))
    .min(1, "Nothing to move.")
    .max(200, "At most 200 notes move at once.")
    .refine((m) => new Set(m.map((x) => x.id)).size === m.length, "A note is moved twice."),
});
export type NoteMoveInput = z.input<typeof NoteMoveInput>;

/** Duplicates: the sources are kept but hidden behind the target, which shows "raised N times". */
export const NoteMergeInput = z.strictObject({ eventId: EventId, targetId: NoteId, sourceIds: NoteIds("Merge", 100) });
/** Puts back every note merged into `id`. */
export const NoteUnmergeInput = z.strictObject({ eventId: EventId, id: NoteId });
export const NotesRevealInput = z.strictObject({ eventId: EventId });

/** A note from a paste or a CSV file, checked on the device first (preview) and again in the room. */
export const ImportNote = z.strictObject({
  id: NoteId,
  text: NoteText,
  promptId: Id.nullable().default(null),
  themeId: ThemeId.nullable().default(null),
  table: TableLabel.default(""),
  lang: LangTag.default(""),
});
export type ImportNote = z.input<typeof ImportNote>;

/** Themes a CSV names that do not exist yet; created by the same command. */
export const ImportTheme = z.strictObject({ id: ThemeId, title: ThemeTitle, colour: ThemeColour });

/**
 * A frame carries at most 16 KiB, so a long import travels in parts: each part is staged in
 * the room (notes.importPart), and notes.import applies them all, with its own rows, in one
 * transaction and one change: every valid row or none.
 */
export const IMPORT_MAX_PARTS = 100;
export const IMPORT_MAX_NOTES = 2000;
export const NoteImportPartInput = z.strictObject({
  eventId: EventId,
  importId: Id,
  part: z.number().int().min(0).max(IMPORT_MAX_PARTS - 1),
  notes: z.array(ImportNote).min(1).max(200),
});
export const NoteImportInput = z.strictObject({
  eventId: EventId,
  importId: Id,
  /** How many parts were staged before this command (0 for a small import). */
  parts: z.number().int().min(0).max(IMPORT_MAX_PARTS),
  /** "paper" for notes typed up from paper, "typed" for a paste. */
  source: z.enum(["typed", "paper"]),
  themes: z.array(ImportTheme).max(100).default([]),
  notes: z.array(ImportNote).max(200),
});
export type NoteImportInput = z.input<typeof NoteImportInput>;
