import { z } from "zod";
import {
  BoardResult,
  Note,
  NoteAddInput,
  NoteDeleteInput,
  NoteEditInput,
  NoteImportInput,
  NoteImportPartInput,
  NoteMergeInput,
  NoteMoveInput,
  NotesRevealInput,
  NoteUnmergeInput,
} from "../../core";
import { command, FACILITATOR_ONLY, NOTE_WRITERS } from "./define";

/** Participants too, while a capture stage is open: checked per command by the room (permissions.ts). */
const NOTE_ADDERS = [...NOTE_WRITERS, "participant"] as const;

/** Notes: adding, editing and sorting them, merging duplicates, private writing, imports. */
export const noteMethods = {
  "notes.add": command(NoteAddInput, Note, NOTE_ADDERS),
  "notes.edit": command(NoteEditInput, BoardResult, NOTE_WRITERS),
  "notes.delete": command(NoteDeleteInput, BoardResult, NOTE_WRITERS),
  "notes.move": command(NoteMoveInput, BoardResult, NOTE_WRITERS),
  "notes.merge": command(NoteMergeInput, BoardResult, NOTE_WRITERS),
  "notes.unmerge": command(NoteUnmergeInput, BoardResult, NOTE_WRITERS),
  "notes.reveal": command(NotesRevealInput, BoardResult, FACILITATOR_ONLY),
  "notes.importPart": command(NoteImportPartInput, z.object({ staged: z.number().int() }), NOTE_WRITERS),
  "notes.import": command(NoteImportInput, BoardResult, NOTE_WRITERS),
} as const;
