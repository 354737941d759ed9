import type { BoardView, Note } from "../../../core";

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The new board view, reusing the previous view's arrays wherever their notes are the same
 * objects. A change to one note then re-renders one column, not the board: columns and
 * cards are memoised on these arrays (1,000 notes must stay quick).
 */
export function stabilise(prev: BoardView | undefined, next: BoardView): BoardView {
  if (!prev) return next;
  const unsorted = sameItems(prev.unsorted, next.unsorted) ? prev.unsorted : next.unsorted;
  const prevThemes = new Map(prev.themes.map((t) => [t.theme.id, t]));
  const themes = next.themes.map((t) => {
    const old = prevThemes.get(t.theme.id);
    if (!old) return t;
    const notes = sameItems(old.notes, t.notes) ? old.notes : t.notes;
    return old.theme === t.theme && notes === old.notes ? old : { theme: t.theme, notes };
  });
  const originals = new Map<string, readonly Note[]>();
  for (const [id, list] of next.originals) {
    const old = prev.originals.get(id);
    originals.set(id, old && sameItems(old, list) ? old : list);
  }
  const sameOriginals = originals.size === prev.originals.size && [...originals].every(([id, list]) => prev.originals.get(id) === list);
  return { unsorted, themes: sameItems(prev.themes, themes) ? prev.themes : themes, originals: sameOriginals ? prev.originals : originals };
}
