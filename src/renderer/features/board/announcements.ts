import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import type { BoardView, Note } from "../../../core";
import { planDrop, type DropTarget } from "./drop-plan";

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    "To move this note, press Space or Enter. Then use the arrow keys to go to a theme or to another note, " +
    "and press Space or Enter to drop it there, or Escape to leave it where it was. " +
    "Dropping it on an unsorted note makes a new theme of the two.",
};

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** What a draggable or droppable stands for; dnd-kit keeps it as untyped data. */
export function asDropTarget(data: unknown): DropTarget | undefined {
  if (typeof data !== "object" || data === null || !("type" in data)) return undefined;
  const t = (data as { type: unknown }).type;
  return t === "note" || t === "theme" || t === "unsorted" ? (data as DropTarget) : undefined;
}

function findNote(view: BoardView, id: string): Note | undefined {
  return view.unsorted.find((n) => n.id === id) ?? view.themes.flatMap((t) => t.notes).find((n) => n.id === id);
}
const themeTitle = (view: BoardView, id: string | null) => (id === null ? undefined : view.themes.find((t) => t.theme.id === id)?.theme.title);

function describeTarget(view: BoardView, target: DropTarget | undefined): string {
  if (!target) return "The note is not over a theme. Dropping it here leaves it where it was.";
  if (target.type === "unsorted") return "Over the unsorted notes.";
  if (target.type === "theme") return `Over the theme ${themeTitle(view, target.themeId) ?? ""}.`;
  const over = findNote(view, target.noteId);
  const words = over ? `“${excerpt(over.text)}”` : "another note";
  if (target.themeId === null) return `Over the unsorted note ${words}. Dropping here makes a new theme of both notes.`;
  return `Over the note ${words} in the theme ${themeTitle(view, target.themeId) ?? ""}.`;
}

/** Announcements in plain words for screen readers, read from the board as it is now. */
export function announcementsFor(getView: () => BoardView): Announcements {
  const noteWords = (id: string | number) => {
    const note = findNote(getView(), String(id));
    return note ? `“${excerpt(note.text)}”` : "the note";
  };
  // The first "over" of a drag is where the note already is: say nothing, so the instructions stay.
  let justPickedUp = false;
  return {
    onDragStart: ({ active }) => {
      justPickedUp = true;
      return `Picked up the note ${noteWords(active.id)}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`;
    },
    onDragOver: ({ active, over }) => {
      const target = asDropTarget(over?.data.current);
      const home = findNote(getView(), String(active.id))?.themeId ?? null;
      const atHome = target !== undefined && target.type !== "note" && (target.type === "unsorted" ? null : target.themeId) === home;
      if (justPickedUp && atHome) {
        justPickedUp = false;
        return undefined;
      }
      justPickedUp = false;
      return describeTarget(getView(), target);
    },
    onDragEnd: ({ active, over }) => {
      const view = getView();
      const plan = planDrop(view, String(active.id), asDropTarget(over?.data.current));
      if (plan.kind === "none") return `The note ${noteWords(active.id)} was dropped where it was.`;
      if (plan.kind === "new-theme") return `The note ${noteWords(active.id)} was dropped on another note: a new theme is made of both.`;
      const where = plan.themeId === null ? "the unsorted notes" : `the theme ${themeTitle(view, plan.themeId) ?? ""}`;
      return `The note ${noteWords(active.id)} was moved to ${where}.`;
    },
    onDragCancel: ({ active }) => `Moving cancelled. The note ${noteWords(active.id)} is back where it was.`,
  };
}
