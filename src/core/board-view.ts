import type { Note } from "./note";
import type { Theme } from "./theme";

/** The board as screens draw it: unsorted notes, then each theme with its notes, in order. */
export interface BoardView {
  readonly unsorted: readonly Note[];
  readonly themes: readonly { readonly theme: Theme; readonly notes: readonly Note[] }[];
  /** For each note on the board that others were merged into: the originals (raisedWith), oldest first. */
  readonly originals: ReadonlyMap<string, readonly Note[]>;
}

const byPosition = (a: { position: number; createdSeq: number }, b: { position: number; createdSeq: number }) =>
  a.position - b.position || a.createdSeq - b.createdSeq;

/**
 * A note is on the board when it is not deleted, not merged into another, and not private.
 * The one statement of this rule: every screen, the report and, in SQL, the room's
 * `notes.listOnBoard` (src/server/db/repos/notes.ts) follow it.
 */
export const isOnBoard = (n: Note): boolean => !n.deleted && n.mergedInto === null && !n.hidden;

/** Private notes written and not yet revealed (deleted ones do not count): "3 private notes waiting". */
export function privateNotesWaiting(notes: Iterable<Note>): number {
  let n = 0;
  for (const note of notes) if (note.hidden && !note.deleted) n++;
  return n;
}

/** Duplicates of duplicates are followed this far at most (a cycle cannot loop forever). */
const MAX_MERGE_DEPTH = 50;

/**
 * "Raised 3 times", the one rule: each note on the board stands for itself and every duplicate
 * merged into it (through duplicates of duplicates), leaving out deleted and private ones.
 * Answers, for each note on the board that counts at least once, those notes (itself included).
 */
export function raisedWith(notes: Iterable<Note>): Map<string, Note[]> {
  const all = [...notes];
  const byId = new Map(all.map((n) => [n.id, n]));
  const live = (n: Note) => !n.deleted && !n.hidden;
  const rootOf = (n: Note): Note | undefined => {
    let cur: Note | undefined = n;
    for (let i = 0; cur?.mergedInto && i < MAX_MERGE_DEPTH; i++) cur = byId.get(cur.mergedInto);
    return cur && cur.mergedInto === null ? cur : undefined;
  };
  const raised = new Map<string, Note[]>();
  for (const n of all) {
    if (!live(n)) continue;
    const root = rootOf(n);
    if (!root || !isOnBoard(root)) continue;
    const list = raised.get(root.id);
    if (list) list.push(n);
    else raised.set(root.id, [n]);
  }
  return raised;
}

export function boardView(notes: Iterable<Note>, themes: Iterable<Theme>): BoardView {
  const all = [...notes];
  const live = [...themes].filter((t) => !t.deleted).sort(byPosition);
  const liveIds = new Set(live.map((t) => t.id));
  const grouped = new Map<string, Note[]>(live.map((t) => [t.id, []]));
  const unsorted: Note[] = [];
  for (const n of all) {
    if (!isOnBoard(n)) continue;
    const group = n.themeId !== null && liveIds.has(n.themeId) ? grouped.get(n.themeId) : undefined;
    (group ?? unsorted).push(n);
  }
  const originals = new Map<string, Note[]>();
  for (const [id, raised] of raisedWith(all)) {
    const others = raised.filter((n) => n.id !== id);
    if (others.length > 0) originals.set(id, others.sort((a, b) => a.createdSeq - b.createdSeq));
  }
  unsorted.sort(byPosition);
  for (const list of grouped.values()) list.sort(byPosition);
  return { unsorted, themes: live.map((theme) => ({ theme, notes: grouped.get(theme.id)! })), originals };
}

/** "Raised 3 times" on the board (raisedWith): the note itself and every duplicate merged into it. */
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
