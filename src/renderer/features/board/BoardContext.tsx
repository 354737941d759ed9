import { createContext, useContext } from "react";
import type { Prompt } from "../../../core";
import type { Toast } from "./Toasts";
import type { BoardCommands } from "./useUndoableCommands";

/**
 * What every part of the board may do, as one stable object: cards and columns are memoised
 * and read it from context, so a new step or toast never re-renders a thousand notes.
 */
export interface BoardActions extends BoardCommands {
  readonly eventId: string;
  say(message: string, action?: Toast["action"]): void;
  /** A message about a step just made, with an "Undo" button for that step. */
  sayDone(message: string, stepId: string | null): void;
  toggleSelected(noteId: string): void;
  /**
   * A note moved by keyboard lands in another list, where React mounts it anew; the card
   * with this id takes the focus when it appears, so the keyboard stays with the note.
   */
  readonly focusOnArrival: { current: string | null };
}

export const BoardActionsContext = createContext<BoardActions | null>(null);

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error("useBoardActions outside the board");
  return actions;
}

/** The event's prompts in chooser order (they change rarely). */
export const PromptsContext = createContext<readonly Prompt[]>([]);
export const usePrompts = (): readonly Prompt[] => useContext(PromptsContext);
