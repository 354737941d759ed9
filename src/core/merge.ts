import type { Note } from "./note";

type Placed = Pick<Note, "themeId" | "position">;

/**
 * Where the note that remains after a merge stands. Sorting is not undone by merging: when
 * the note kept was unsorted and one merged into it stood in a theme, the merged note takes
 * that note's place in its theme (the first such note's, in the order given); otherwise it
 * stays where it was. Null: it stays.
 */
export function mergedPlacement(target: Placed, sources: readonly Placed[], isLiveTheme: (themeId: string) => boolean = () => true): Placed | null {
  if (target.themeId !== null && isLiveTheme(target.themeId)) return null;
  const themed = sources.find((s) => s.themeId !== null && isLiveTheme(s.themeId));
  return themed ? { themeId: themed.themeId, position: themed.position } : null;
}
