import { z } from "zod";
import { EventStatus, IsoDate } from "./event";
import { Id } from "./ids";
import { optionalText, TITLE_MAX, userText } from "./text";

/** The event's details as the set-up screen edits them; only the fields given change, at least one must be. */
export const EventUpdateInput = z
  .strictObject({
    id: Id,
    title: userText("The title", TITLE_MAX).optional(),
    date: IsoDate.optional(),
    venue: optionalText("The venue", TITLE_MAX).optional(),
    neighbourhood: optionalText("The neighbourhood", TITLE_MAX).optional(),
    partnership: optionalText("The partnership", TITLE_MAX).optional(),
    feedbackDueOn: IsoDate.optional(),
    attribution: z.boolean().optional(),
    status: EventStatus.optional(),
  })
  .refine((e) => Object.keys(e).length > 1, "Say what to change about the event.");
export type EventUpdateInput = z.input<typeof EventUpdateInput>;

/** The names offered for an event's neighbourhood and partnership (kept in a list as they are first used). */
export const NameList = z.array(z.string());
