import { BoardRestoreInput, BoardRestoreResult } from "../../core";
import { command, NOTE_WRITERS } from "./define";

/** The board as a whole: undo and redo put notes' and themes' fields back. */
export const boardMethods = {
  "board.restore": command(BoardRestoreInput, BoardRestoreResult, NOTE_WRITERS),
} as const;
