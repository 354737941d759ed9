import { z } from "zod";

/**
 * The report's own input for "your priorities": the final round's results. The voting
 * feature fills it (see prioritiesFor on the server); the report only reads this shape.
 */
export const PriorityItem = z.object({
  label: z.string(),
  dots: z.number().int().nonnegative(),
  /** How many people gave this item at least one dot: breadth, not only intensity. */
  voters: z.number().int().nonnegative(),
  phoneDots: z.number().int().nonnegative(),
  paperDots: z.number().int().nonnegative(),
  rank: z.number().int().positive(),
  tied: z.boolean(),
});
export type PriorityItem = z.infer<typeof PriorityItem>;

export const ReportPriorities = z.object({
  roundTitle: z.string(),
  /** How the vote ran, in words: dots each, caps, blind or not, how many voted by phone and on paper. */
  howItRan: z.string(),
  items: z.array(PriorityItem),
  /** False when no round was marked final and these are the last revealed round's results. */
  final: z.boolean().optional(),
});
export type ReportPriorities = z.infer<typeof ReportPriorities>;

/**
 * Orders items by dots (most first) and gives standard competition ranks: equal dots share
 * a rank and are marked tied (1, 2, 2, 4). Input order breaks ties for display only.
 */
export function rankItems<T extends { dots: number }>(items: readonly T[]): (T & { rank: number; tied: boolean })[] {
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.dots - a.item.dots || a.i - b.i);
  const counts = new Map<number, number>();
  for (const { item } of sorted) counts.set(item.dots, (counts.get(item.dots) ?? 0) + 1);
  let rank = 0;
  let prevDots = Number.NaN;
  return sorted.map(({ item }, index) => {
    if (item.dots !== prevDots) {
      rank = index + 1;
      prevDots = item.dots;
    }
    return { ...item, rank, tied: (counts.get(item.dots) ?? 0) > 1 };
  });
}
