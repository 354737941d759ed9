import type { Note } from "./note";
import type { Theme } from "./theme";

/** The board as screens draw it: unsorted notes, then each theme with its notes, in order. */
export interface BoardView {
  readonly unsorted: readonly Note[];
  readonly themes: readonly { readonly theme: Theme; readonly notes: readonly Note[] }[];
  /** For each note that others were merged into: the originals, oldest first. */
  readonly originals: ReadonlyMap<string, readonly Note[]>;
}

const byPosition = (a: { position: number; createdSeq: number }, b: { position: number; createdSeq: number }) =>
  a.position - b.position || a.createdSeq - b.createdSeq;

/** A note is on the board when it is not deleted, not merged into another, and not private. */
export const isOnBoard = (n: Note): boolean => !n.deleted && n.mergedInto === null && !n.hidden;

export function boardView(notes: Iterable<Note>, themes: Iterable<Theme>): BoardView {
  const live = [...themes].filter((t) => !t.deleted).sort(byPosition);
  const liveIds = new Set(live.map((t) => t.id));
  const grouped = new Map<string, Note[]>(live.map((t) => [t.id, []]));
  const unsorted: Note[] = [];
  const originals = new Map<string, Note[]>();
  for (const n of notes) {
    if (n.deleted) continue;
    if (n.mergedInto !== null) {
      const list = originals.get(n.mergedInto);
      if (list) list.push(n);
      else originals.set(n.mergedInto, [n]);
      continue;
    }
    if (n.hidden) continue;
    const group = n.themeId !== null && liveIds.has(n.themeId) ? grouped.get(n.themeId) : undefined;
    (group ?? unsorted).push(n);
  }
  unsorted.sort(byPosition);
  for (const list of grouped.values()) list.sort(byPosition);
  for (const list of originals.values()) list.sort((a, b) => a.createdSeq - b.createdSeq);
  return { unsorted, themes: live.map((theme) => ({ theme, notes: grouped.get(theme.id)! })), originals };
}

/** "Raised 3 times": the note itself and every duplicate merged into it. */
export function raisedCount(view: BoardView, noteId: string): number {
  return 1 + (view.originals.get(noteId)?.length ?? 0);
}

/** A position between two neighbours (either may be missing: the start or the end of a list). */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

/** The position that puts a note at `index` in `list` (not counting the note itself, if it is there). */
export function positionAt(list: readonly { id: string; position: number }[], index: number, movingId?: string): number {
  const others = movingId === undefined ? list : list.filter((n) => n.id !== movingId);
  const i = Math.max(0, Math.min(index, others.length));
  return positionBetween(others[i - 1]?.position, others[i]?.position);
}

/** What to show: words to find, and which prompt, theme and table. "any" shows all. */
export interface NoteFilter {
  readonly text: string;
  /** A prompt's id, "none" for notes on no prompt, or "any". */
  readonly promptId: string;
  /** A theme's id, "unsorted", or "any". */
  readonly themeId: string;
  /** A table label, "" for notes without one, or "any". */
  readonly table: string;
}

export const NO_FILTER: NoteFilter = { text: "", promptId: "any", themeId: "any", table: "any" };

export const isFiltering = (f: NoteFilter): boolean =>
  f.text.trim() !== "" || f.promptId !== "any" || f.themeId !== "any" || f.table !== "any";

/** Case- and accent-insensitive, so "cafe" finds "Café"; works for any script. */
export function foldForSearch(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

/** Whether a note passes the filter; `originals` lets a search find words in merged duplicates too. */
export function matchesFilter(note: Note, filter: NoteFilter, originals: readonly Note[] = []): boolean {
  if (filter.promptId !== "any" && (note.promptId ?? "none") !== filter.promptId) return false;
  if (filter.themeId !== "any" && (note.themeId ?? "unsorted") !== filter.themeId) return false;
  if (filter.table !== "any" && note.table !== filter.table) return false;
  const words = foldForSearch(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldForSearch([note.text, note.table, ...originals.map((o) => `${o.text} ${o.table}`)].join(" "));
  return words.every((w) => haystack.includes(w));
}

/** The distinct table labels in use, sorted, for the table filter. */
export function tableLabels(notes: Iterable<Note>): string[] {
  const labels = new Set<string>();
  for (const n of notes) if (!n.deleted && n.table) labels.add(n.table);
  return [...labels].sort((a, b) => a.localeCompare(b));
}
