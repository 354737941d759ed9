import { z } from "zod";

/** Items kept in order by a `position` number (stages in an event, prompts in a stage). */
export interface Positioned {
  readonly id: string;
  readonly position: number;
  readonly updatedSeq: number;
}

/**
 * Moves one item to `toIndex` (clamped to the list) and numbers the list 1, 2, 3… again.
 * Returns the whole list in its new order and, apart, the items whose position changed
 * (stamped with `seq`): only those need saving and sending. Null when `id` is not in the list.
 */
export function moveToIndex<T extends Positioned>(ordered: readonly T[], id: string, toIndex: number, seq: number): { list: T[]; changed: T[] } | null {
  const from = ordered.findIndex((i) => i.id === id);
  if (from === -1) return null;
  const rest = ordered.filter((i) => i.id !== id);
  rest.splice(Math.min(Math.max(0, toIndex), rest.length), 0, ordered[from]!);
  const changed: T[] = [];
  const list = rest.map((item, i) => {
    if (item.position === i + 1) return item;
    const moved = { ...item, position: i + 1, updatedSeq: seq };
    changed.push(moved);
    return moved;
  });
  return { list, changed };
}

/** Where in its list an item goes: 0 is first; past the end means last. */
export const ToIndex = z.number({ error: "The new place is a number" }).int("The new place is a whole number").min(0, "The new place is 0 or more");
