import { z } from "zod";
import { Id, NoteId, ThemeId } from "./ids";
import { LangTag, NoteText, type Note } from "./note";
import { optionalText, TITLE_MAX, userText } from "./text";
import { ThemeColour, type Theme } from "./theme";

/**
 * The fields of notes and themes that board commands change, and so the ones undo and redo
 * put back. Everything else (who wrote a note, when, whether it is private) is never
 * restored by a client: the server keeps those to itself.
 */
export const NOTE_FIELDS = ["text", "table", "lang", "promptId", "themeId", "position", "mergedInto", "deleted"] as const;
export const THEME_FIELDS = ["title", "colour", "position", "collapsed", "deleted"] as const;

export type NoteField = (typeof NOTE_FIELDS)[number];
export type ThemeField = (typeof THEME_FIELDS)[number];
export type NoteFields = Partial<Pick<Note, NoteField>>;
export type ThemeFields = Partial<Pick<Theme, ThemeField>>;

export const TABLE_MAX = 40;
export const TableLabel = optionalText("The table label", TABLE_MAX);
export const ThemeTitle = userText("A theme's title", TITLE_MAX);
/** Order within a list; fractions let a note go between two others without renumbering. */
export const Position = z.number().min(-1e12).max(1e12);

/** New values a client may set (each checked as when first written). */
export const NotePatch = z.strictObject({
  text: NoteText.optional(),
  table: TableLabel.optional(),
  lang: LangTag.optional(),
  promptId: Id.nullable().optional(),
  themeId: ThemeId.nullable().optional(),
  position: Position.optional(),
  mergedInto: NoteId.nullable().optional(),
  deleted: z.boolean().optional(),
});
export const ThemePatch = z.strictObject({
  title: ThemeTitle.optional(),
  colour: ThemeColour.optional(),
  position: Position.optional(),
  collapsed: z.boolean().optional(),
  deleted: z.boolean().optional(),
});

/** Values a client expects to find: only compared, never stored, so only their shape is checked. */
const Expected = z.union([z.string().max(8 * 500), z.number(), z.boolean(), z.null()]);
export const NoteExpect = z.partialRecord(z.enum(NOTE_FIELDS), Expected);
export const ThemeExpect = z.partialRecord(z.enum(THEME_FIELDS), Expected);

/** The fields of `entity` named by `fields`, as a patch. */
export function pickFields<T extends object, F extends keyof T>(entity: T, fields: readonly F[]): Partial<Pick<T, F>> {
  const out: Partial<Pick<T, F>> = {};
  for (const f of fields) out[f] = entity[f];
  return out;
}

/** True when every field named in `expected` has that value in `entity`. */
export function hasFields(entity: object, expected: Readonly<Record<string, unknown>>): boolean {
  const values = entity as Record<string, unknown>;
  return Object.entries(expected).every(([f, v]) => v === undefined || Object.is(values[f], v));
}

/** The named fields whose values differ between two versions of an entity. */
export function changedFields<T extends object, F extends keyof T>(before: T, after: T, fields: readonly F[]): F[] {
  return fields.filter((f) => !Object.is(before[f], after[f]));
}
