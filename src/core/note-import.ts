import { TableLabel, ThemeTitle } from "./board-fields";
import type { ImportNote, NoteImportInput } from "./notes-inputs";
import { foldForSearch } from "./board-view";
import { describeIssues } from "./errors";
import { LangTag, NoteText } from "./note";
import type { Prompt } from "./stage";
import { nextThemeColour, type Theme, type ThemeColour } from "./theme";
import { FRAME_PAYLOAD_BYTES } from "./frame";

/**
 * Notes arriving in bulk: lines pasted into the note box, or a CSV of notes typed up from
 * paper. Each row is checked here, on the device, for the preview; the room checks again.
 */
export interface ImportContext {
  /** The event's prompts in the order the chooser shows them (numbers in a CSV count from 1). */
  readonly prompts: readonly Prompt[];
  readonly themes: readonly Theme[];
}

export interface CheckedRow {
  /** Where the row was: the spreadsheet row (the header is row 1) or the pasted line. */
  readonly row: number;
  readonly text: string;
  readonly promptId: string | null;
  readonly table: string;
  readonly lang: string;
  /** "" for none; otherwise an existing theme's title or one to create. */
  readonly themeTitle: string;
  readonly themeId: string | null;
}

export interface RowError {
  readonly row: number;
  readonly message: string;
}

export interface ImportCheck {
  readonly rows: readonly CheckedRow[];
  readonly errors: readonly RowError[];
  /** A problem with the whole file (no "text" column): nothing can be imported. */
  readonly fileError: string | null;
  readonly ignoredColumns: readonly string[];
}

export const CSV_COLUMNS = ["text", "prompt", "table", "lang", "theme"] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const ALIASES: Readonly<Record<string, CsvColumn>> = { note: "text", language: "lang", group: "table", question: "prompt" };

const firstIssue = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => describeIssues(issues.slice(0, 1));

/** The column a header names, if it is one of ours (case and spaces do not matter). */
export function csvColumn(header: string): CsvColumn | undefined {
  const h = header.trim().toLowerCase();
  return (CSV_COLUMNS as readonly string[]).includes(h) ? (h as CsvColumn) : ALIASES[h];
}

/** A record read from a CSV: its row number, its cells by header, and the parser's complaint if any. */
export interface CsvRecord {
  readonly row: number;
  readonly cells: Readonly<Record<string, string>>;
  readonly parseError?: string;
}

export function checkCsv(headers: readonly string[], records: readonly CsvRecord[], ctx: ImportContext): ImportCheck {
  const columns = new Map<CsvColumn, string>();
  const ignoredColumns: string[] = [];
  for (const h of headers) {
    const c = csvColumn(h);
    if (c && !columns.has(c)) columns.set(c, h);
    else if (h.trim()) ignoredColumns.push(h);
  }
  if (!columns.has("text"))
    return { rows: [], errors: [], ignoredColumns, fileError: `The file has no "text" column. Its first row must name the columns: ${CSV_COLUMNS.join(", ")}.` };
  const cell = (r: CsvRecord, c: CsvColumn) => {
    const h = columns.get(c);
    return h === undefined ? "" : (r.cells[h] ?? "");
  };
  const rows: CheckedRow[] = [];
  const errors: RowError[] = [];
  for (const r of records) {
    if (CSV_COLUMNS.every((c) => cell(r, c).trim() === "")) continue; // a blank line
    if (r.parseError) {
      errors.push({ row: r.row, message: r.parseError });
      continue;
    }
    const checked = checkRow(r.row, { text: cell(r, "text"), prompt: cell(r, "prompt"), table: cell(r, "table"), lang: cell(r, "lang"), theme: cell(r, "theme") }, ctx);
    if ("message" in checked) errors.push(checked);
    else rows.push(checked);
  }
  return { rows, errors, fileError: null, ignoredColumns };
}

function checkRow(row: number, raw: Record<CsvColumn, string>, ctx: ImportContext): CheckedRow | RowError {
  const text = NoteText.safeParse(raw.text);
  if (!text.success) return { row, message: firstIssue(text.error.issues) };
  const table = TableLabel.safeParse(raw.table);
  if (!table.success) return { row, message: firstIssue(table.error.issues) };
  const lang = LangTag.safeParse(raw.lang.trim());
  if (!lang.success) return { row, message: `The language "${raw.lang.trim().slice(0, 40)}" is not a language code such as pl, ar or ur.` };
  const prompt = findPrompt(raw.prompt, ctx.prompts);
  if (prompt === undefined)
    return { row, message: `The prompt "${raw.prompt.trim().slice(0, 60)}" is not one of this event's prompts (give its words or its number).` };
  const themeTitle = raw.theme.trim();
  if (themeTitle) {
    const title = ThemeTitle.safeParse(themeTitle);
    if (!title.success) return { row, message: firstIssue(title.error.issues) };
  }
  const folded = foldForSearch(themeTitle);
  const theme = themeTitle ? ctx.themes.find((t) => !t.deleted && foldForSearch(t.title) === folded) : undefined;
  return { row, text: text.data, table: table.data, lang: lang.data, promptId: prompt?.id ?? null, themeTitle: theme?.title ?? themeTitle, themeId: theme?.id ?? null };
}

/** A prompt by its words (any case) or its number in the chooser; null for none; undefined when not found. */
function findPrompt(raw: string, prompts: readonly Prompt[]): Prompt | null | undefined {
  const s = raw.trim();
  if (!s) return null;
  if (/^\d{1,3}$/.test(s)) return prompts[Number(s) - 1];
  const folded = foldForSearch(s);
  return prompts.find((p) => foldForSearch(p.text) === folded);
}

/** Pasted text: one note per non-blank line; a leading bullet ("-", "•", "*") is dropped. */
export function checkPastedLines(pasted: string, defaults: { promptId: string | null; table: string; lang: string }): ImportCheck {
  const rows: CheckedRow[] = [];
  const errors: RowError[] = [];
  pasted.split(/\r\n|\r|\n/).forEach((line, i) => {
    const stripped = line.replace(/^\s*[-•*–]\s+/, "");
    if (!stripped.trim()) return;
    const text = NoteText.safeParse(stripped);
    if (!text.success) errors.push({ row: i + 1, message: firstIssue(text.error.issues) });
    else rows.push({ row: i + 1, text: text.data, ...defaults, themeTitle: "", themeId: null });
  });
  return { rows, errors, fileError: null, ignoredColumns: [] };
}

/** Whether pasted text should become several notes rather than one. */
export const hasSeveralLines = (pasted: string): boolean => pasted.split(/\r\n|\r|\n/).filter((l) => l.trim()).length > 1;

/** Titles of the themes an import would create, in the order first named. */
export function newThemeTitles(rows: readonly CheckedRow[]): string[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (r.themeTitle && r.themeId === null && !seen.has(foldForSearch(r.themeTitle))) seen.set(foldForSearch(r.themeTitle), r.themeTitle);
  return [...seen.values()];
}

/** Bytes a part may take in its frame: what a frame carries less its envelope. */
export const IMPORT_PART_BYTES = FRAME_PAYLOAD_BYTES;

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Splits items into groups whose JSON stays under `bytes` and `max` items each. */
export function chunkByBytes<T>(items: readonly T[], bytes: number, max: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = utf8Length(JSON.stringify(item)) + 1;
    if (current.length && (size + itemSize > bytes || current.length >= max)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length) out.push(current);
  return out;
}

export interface ImportPlan {
  /** Staged first, one command each (notes.importPart). */
  readonly parts: readonly ImportNote[][];
  /** Then this one command applies everything. */
  readonly final: NoteImportInput;
}

/** The commands that import `rows`: new themes get ids and colours; the last part rides with the final command. */
export function planImport(
  rows: readonly CheckedRow[],
  ctx: ImportContext,
  opts: { eventId: string; importId: string; source: "typed" | "paper"; newId: () => string },
): ImportPlan {
  const themeIds = new Map<string, string>();
  const themes = newThemeTitles(rows).map((title, i) => {
    const id = opts.newId();
    themeIds.set(foldForSearch(title), id);
    const colour: ThemeColour = nextThemeColour(ctx.themes.filter((t) => !t.deleted).length + i);
    return { id, title, colour };
  });
  const notes: ImportNote[] = rows.map((r) => ({
    id: opts.newId(),
    text: r.text,
    promptId: r.promptId,
    themeId: r.themeId ?? (r.themeTitle ? themeIds.get(foldForSearch(r.themeTitle))! : null),
    table: r.table,
    lang: r.lang,
  }));
  const chunks = chunkByBytes(notes, IMPORT_PART_BYTES - utf8Length(JSON.stringify(themes)), 200);
  const last = chunks.pop() ?? [];
  return { parts: chunks, final: { eventId: opts.eventId, importId: opts.importId, parts: chunks.length, source: opts.source, themes, notes: last } };
}
