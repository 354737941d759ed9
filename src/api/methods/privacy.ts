import { z } from "zod";
import { HearthEvent, Id, RetentionMonths } from "../../core";
import { command, FACILITATOR_ONLY } from "./define";

export const privacyMethods = {
  /**
   * Deletes an event and everything in it, for good: its notes, run sheet, themes, actions,
   * its change feed and stored command results. `confirmTitle` must be the event's title, as
   * typed by the person deleting it.
   */
  "events.delete": command(
    z.strictObject({ eventId: Id, confirmTitle: z.string().max(4000) }),
    z.object({ eventId: Id, deleted: z.literal(true) }),
    FACILITATOR_ONLY,
  ),
  /** How long the event's notes are kept after its date; the report is kept. */
  "events.setRetention": command(z.strictObject({ eventId: Id, months: RetentionMonths }), HearthEvent, FACILITATOR_ONLY),
} as const;
