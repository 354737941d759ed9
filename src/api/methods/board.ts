import { z } from "zod";
import {
  BoardRestoreInput,
  BoardRestoreResult,
  BoardResult,
  NoteDeleteInput,
  NoteEditInput,
  NoteImportInput,
  NoteImportPartInput,
  NoteMergeInput,
  NoteMoveInput,
  NotesRevealInput,
  NoteUnmergeInput,
  ThemeCreateInput,
  ThemeDeleteInput,
  ThemeUpdateInput,
} from "../../core";
import { command, FACILITATOR_ONLY, NOTE_WRITERS } from "./define";

/** The board: editing and sorting notes, themes, merging duplicates, private writing, imports, undo. */
export const boardMethods = {
  "notes.edit": command(NoteEditInput, BoardResult, NOTE_WRITERS),
  "notes.delete": command(NoteDeleteInput, BoardResult, NOTE_WRITERS),
  "notes.move": command(NoteMoveInput, BoardResult, NOTE_WRITERS),
  "notes.merge": command(NoteMergeInput, BoardResult, NOTE_WRITERS),
  "notes.unmerge": command(NoteUnmergeInput, BoardResult, NOTE_WRITERS),
  "notes.reveal": command(NotesRevealInput, BoardResult, FACILITATOR_ONLY),
  "notes.importPart": command(NoteImportPartInput, z.object({ staged: z.number().int() }), NOTE_WRITERS),
  "notes.import": command(NoteImportInput, BoardResult, NOTE_WRITERS),
  "themes.create": command(ThemeCreateInput, BoardResult, NOTE_WRITERS),
  "themes.update": command(ThemeUpdateInput, BoardResult, NOTE_WRITERS),
  "themes.delete": command(ThemeDeleteInput, BoardResult, NOTE_WRITERS),
  "board.restore": command(BoardRestoreInput, BoardRestoreResult, NOTE_WRITERS),
} as const;
