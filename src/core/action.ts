import { z } from "zod";
import { IsoDate } from "./event";
import { Id, Seq, EventId, NoteId, ThemeId } from "./ids";

export const ActionStatus = z.enum(["open", "in-progress", "done", "not-done"]);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** A "Now what?" commitment: what, who, by when; reported on at the next event ("you said, we did"). */
export const Action = z.object({
  id: Id,
  eventId: EventId,
  themeId: ThemeId.nullable(),
  noteId: NoteId.nullable(),
  text: z.string(),
  owner: z.string(),
  dueOn: IsoDate.nullable(),
  status: ActionStatus,
  /** A line on progress, shown in the next report. */
  update: z.string(),
  /** The action of an earlier event this one carries forward. */
  carriedFrom: Id.nullable(),
  deleted: z.boolean(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Action = z.infer<typeof Action>;
