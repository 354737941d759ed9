/**
 * Small numbers stay hidden. Wherever monitoring counts are shown or exported:
 * - a count from 1 to 4 is shown as "fewer than 5" (primary suppression);
 * - when a column's total is shown, a second cell is hidden wherever the total and the cells
 *   shown would let a hidden one be worked out (secondary suppression): one hidden cell alone,
 *   or several whose only possible values are pinned (two "fewer than 5" summing to 2 are 1 and 1);
 * - a special-category answer is never split by another answer below a threshold (splitTable).
 * Zero is shown as 0: it says nobody, which identifies no one.
 */
export const SMALL_BELOW = 5;

export type Shown = { readonly kind: "count"; readonly value: number } | { readonly kind: "fewer" } | { readonly kind: "hidden" };

export interface SuppressedColumn {
  readonly cells: readonly Shown[];
  readonly total: Shown;
}

const count = (value: number): Shown => ({ kind: "count", value });
const FEWER: Shown = { kind: "fewer" };
const HIDDEN: Shown = { kind: "hidden" };

/** One count alone (a target's, a total's): 1–4 is "fewer than 5". */
export function suppressOne(n: number): Shown {
  return n >= 1 && n < SMALL_BELOW ? FEWER : count(n);
}

/**
 * Whether some hidden cell could be worked out exactly from the shown total. A reader knows
 * each "fewer than 5" lies in 1–4 and each other hidden cell is 0 or 5 and more (else it would
 * read "fewer than 5"); a cell is pinned when only one of its values lets the hidden cells add
 * up to what the total leaves. Exact, by the sums each set of cells can reach (small: counts
 * of one event's people).
 */
function somePinned(counts: readonly number[], hidden: ReadonlySet<number>, total: number): boolean {
  const rest = total - counts.reduce((s, c, i) => (hidden.has(i) ? s : s + c), 0);
  const cells = [...hidden];
  const allows = (i: number, v: number): boolean => (counts[i]! >= 1 && counts[i]! < SMALL_BELOW ? v >= 1 && v < SMALL_BELOW : v === 0 || v >= SMALL_BELOW);
  // reach(except)[s]: whether the hidden cells but `except` can add up to s.
  const reach = (except: number): boolean[] => {
    let can = Array.from({ length: rest + 1 }, (_, s) => s === 0);
    for (const i of cells) {
      if (i === except) continue;
      const next = Array.from({ length: rest + 1 }, () => false);
      for (let s = 0; s <= rest; s++) if (can[s]) for (let v = 0; s + v <= rest; v++) if (allows(i, v)) next[s + v] = true;
      can = next;
    }
    return can;
  };
  return cells.some((i) => {
    const others = reach(i);
    let values = 0;
    for (let v = 0; v <= rest && values < 2; v++) if (allows(i, v) && others[rest - v]) values++;
    return values < 2;
  });
}

/** A column of counts (the options of one question) with its total, suppressed. */
export function suppressColumn(counts: readonly number[]): SuppressedColumn {
  const total = counts.reduce((s, c) => s + c, 0);
  const hidden = new Set<number>();
  counts.forEach((c, i) => {
    if (c >= 1 && c < SMALL_BELOW) hidden.add(i);
  });
  const totalShown = suppressOne(total);
  // A total under 5 is itself hidden: nothing can be worked out from it.
  if (totalShown.kind === "count" && hidden.size > 0) {
    while (somePinned(counts, hidden, total)) {
      const next = nextToHide(counts, hidden);
      if (next === undefined) break;
      hidden.add(next);
    }
  }
  const cells = counts.map((c, i) => (!hidden.has(i) ? count(c) : c >= 1 && c < SMALL_BELOW ? FEWER : HIDDEN));
  const stillPinned = totalShown.kind === "count" && hidden.size > 0 && somePinned(counts, hidden, total);
  return { cells, total: stillPinned ? HIDDEN : totalShown };
}

/** The smallest cell still shown, a non-zero one first (hiding a zero protects little). */
function nextToHide(counts: readonly number[], hidden: ReadonlySet<number>): number | undefined {
  let best: number | undefined;
  const rank = (i: number) => (counts[i] === 0 ? Number.MAX_SAFE_INTEGER : counts[i]!);
  counts.forEach((_, i) => {
    if (hidden.has(i)) return;
    if (best === undefined || rank(i) < rank(best)) best = i;
  });
  return best;
}

/**
 * A special-category question split by another answer (rows: the special question's options;
 * columns: the other's). A row whose total is under the threshold is not split at all (only its
 * total, suppressed, is given: `cells` is null); a row at or above it is split, each row
 * suppressed as a column would be.
 */
export interface SplitRow {
  readonly total: Shown;
  readonly cells: readonly Shown[] | null;
}
export function splitTable(rows: readonly (readonly number[])[], threshold: number): SplitRow[] {
  return rows.map((row) => {
    const total = row.reduce((s, c) => s + c, 0);
    if (total < threshold) return { total: suppressOne(total), cells: null };
    const col = suppressColumn(row);
    return { total: col.total, cells: col.cells };
  });
}

/** How a shown count reads in words (the report, the screens). */
export function shownText(s: Shown): string {
  return s.kind === "count" ? String(s.value) : s.kind === "fewer" ? "fewer than 5" : "hidden";
}
