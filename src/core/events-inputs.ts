import { z } from "zod";
import { EventKind, EventStatus, IsoDate } from "./event";
import { RetentionMonths } from "./retention";
import { Id, EventId } from "./ids";
import { optionalText, TITLE_MAX, userText } from "./text";

/** Inputs of the events.* commands. All strict: an unknown field is refused. */

export const EventCreateInput = z.strictObject({
  id: EventId,
  kind: EventKind.default("listening"),
  title: userText("The title", TITLE_MAX),
  neighbourhood: optionalText("The neighbourhood", TITLE_MAX).default(""),
  partnership: optionalText("The partnership", TITLE_MAX).default(""),
  venue: optionalText("The venue", TITLE_MAX).default(""),
  date: IsoDate,
  /** A saved template to copy the run sheet from; without one, the kind's ready template is used. */
  templateId: Id.nullable().default(null),
});
export type EventCreateInput = z.input<typeof EventCreateInput>;

/**
 * Deleting an event and everything in it, for good. `confirmTitle` must be the event's title,
 * as typed by the person deleting it.
 */
export const EventDeleteInput = z.strictObject({ eventId: EventId, confirmTitle: z.string().max(4000) });

/** How long the event's notes are kept after its date; the report is kept. */
export const EventRetentionInput = z.strictObject({ eventId: EventId, months: RetentionMonths });

/** The event's details as the set-up screen edits them; only the fields given change, at least one must be. */
export const EventUpdateInput = z
  .strictObject({
    id: EventId,
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
