import { Note, NoteAddInput } from "../../core";
import { command, NOTE_WRITERS } from "./define";

export const noteMethods = {
  "notes.add": command(NoteAddInput, Note, NOTE_WRITERS),
} as const;
