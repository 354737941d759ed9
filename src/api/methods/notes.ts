import { Note, NoteAddInput } from "../../core";
import { command, NOTE_WRITERS } from "./define";

/** Participants too, while a capture stage is open: checked per command by the room (permissions.ts). */
const NOTE_ADDERS = [...NOTE_WRITERS, "participant"] as const;

export const noteMethods = {
  "notes.add": command(NoteAddInput, Note, NOTE_ADDERS),
} as const;
