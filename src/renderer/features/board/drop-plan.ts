import { positionAt, positionBetween, type BoardView, type Note } from "../../../core";

/** What a draggable or droppable stands for, carried in dnd-kit's `data`. */
export type DropTarget = { type: "note"; noteId: string; themeId: string | null } | { type: "theme"; themeId: string } | { type: "unsorted" };

export type DropPlan =
  | { kind: "move"; themeId: string | null; position: number }
  | { kind: "new-theme"; noteIds: [string, string] }
  | { kind: "none" };

export const UNSORTED_DROP_ID = "drop-unsorted";
export const themeDropId = (themeId: string) => `drop-theme-${themeId}`;

function listOf(view: BoardView, themeId: string | null): readonly Note[] {
  return themeId === null ? view.unsorted : (view.themes.find((t) => t.theme.id === themeId)?.notes ?? []);
}

/**
 * Where a dropped note goes. On a note in a theme: into that theme at that note's place
 * (after it when moving down the same list, before it otherwise). On an unsorted note: a new
 * theme of both. On a theme or the unsorted area: at the end of it.
 */
export function planDrop(view: BoardView, activeId: string, target: DropTarget | undefined): DropPlan {
  if (!target) return { kind: "none" };
  const active = [...view.unsorted, ...view.themes.flatMap((t) => t.notes)].find((n) => n.id === activeId);
  if (!active) return { kind: "none" };
  if (target.type === "note") {
    if (target.noteId === activeId) return { kind: "none" };
    if (target.themeId === null) return { kind: "new-theme", noteIds: [target.noteId, activeId] };
    // The moving note's index once it has left the list: just after the note it is dropped on
    // when it comes from above in the same list, just before it otherwise.
    const overIndex = listOf(view, target.themeId).findIndex((n) => n.id === target.noteId);
    return { kind: "move", themeId: target.themeId, position: positionAt(listOf(view, target.themeId), overIndex, activeId) };
  }
  const themeId = target.type === "theme" ? target.themeId : null;
  if (active.themeId === themeId) return { kind: "none" };
  const list = listOf(view, themeId);
  return { kind: "move", themeId, position: positionAt(list, list.length, activeId) };
}

/**
 * Moving several selected notes to a theme (null: unsorted) in one command: they go to its end,
 * in the order they stand on the board; notes already there stay where they are.
 */
export function planMoveTo(view: BoardView, ids: readonly string[], themeId: string | null): { id: string; themeId: string | null; position: number }[] {
  const wanted = new Set(ids);
  const inOrder = [...view.unsorted, ...view.themes.flatMap((t) => t.notes)].filter((n) => wanted.has(n.id) && n.themeId !== themeId);
  const list = listOf(view, themeId);
  let position = list.at(-1)?.position;
  return inOrder.map((n) => {
    position = positionBetween(position, undefined);
    return { id: n.id, themeId, position };
  });
}
