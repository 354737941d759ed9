import { z } from "zod";
import { Id, Seq, EventId, NoteId, ThemeId } from "./ids";
import { NOTE_MAX, userText } from "./text";

export const NoteSource = z.enum(["typed", "phone", "paper"]);
export type NoteSource = z.infer<typeof NoteSource>;

/** A BCP 47 language tag as typed by a note-taker ("ar", "pl", "ur-PK"), or "" when not given. */
export const LangTag = z
  .string()
  .max(35)
  .regex(/^$|^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "a language is a code such as pl, ar or ur");

export const Note = z.object({
  id: NoteId,
  eventId: EventId,
  promptId: Id.nullable(),
  themeId: ThemeId.nullable(),
  text: z.string(),
  table: z.string(),
  lang: z.string(),
  source: NoteSource,
  /** Shown only when the event has attribution on; the server fills it from the device, never from the client. */
  author: z.string().nullable(),
  /** Set when merged into another note as a duplicate; the survivor shows "raised N times". */
  mergedInto: NoteId.nullable(),
  /** Hidden by private writing until the facilitator reveals the stage's notes. */
  hidden: z.boolean(),
  /** Deleted notes are kept for undo; screens do not show them. */
  deleted: z.boolean(),
  /** Order within its theme (or among unsorted notes). */
  position: z.number(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Note = z.infer<typeof Note>;

export const NoteText = userText("A note", NOTE_MAX);
