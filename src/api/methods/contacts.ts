import { z } from "zod";
import { Contact, ContactDeletion, ContactKeepDays, ContactReached, EventId, Id, IsoDate, LeaveContactInput } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

/**
 * Residents' contacts for sending the report. A contact is left at the door (the
 * facilitator's laptop or a note-taker's phone) or by a participant on their own phone; it
 * is read back only by the organiser. No result names a contact: results are stored to make
 * a resent command the effect of one, and that store must not become a copy of them.
 */
export const ContactsView = z.object({
  contacts: z.array(Contact),
  keepDays: z.number().int(),
  reached: ContactReached,
  /** When the report was marked sent; null until it is. */
  sentOn: IsoDate.nullable(),
  /** The day the contacts will be deleted; null until the report is marked sent. */
  deleteOn: IsoDate.nullable(),
  deletions: z.array(ContactDeletion),
});
export type ContactsView = z.infer<typeof ContactsView>;

export const contactMethods = {
  "contacts.leave": command(LeaveContactInput, z.object({ received: z.literal(true) }), ["facilitator", "notetaker", "participant"]),
  "contacts.view": query(z.strictObject({ eventId: EventId }), ContactsView, FACILITATOR_ONLY),
  "contacts.setKeepDays": command(z.strictObject({ eventId: EventId, keepDays: ContactKeepDays }), z.object({ keepDays: z.number().int() }), FACILITATOR_ONLY),
  "contacts.recordReached": command(z.strictObject({ eventId: EventId, reached: ContactReached }), z.object({ reached: ContactReached }), FACILITATOR_ONLY),
  /** One contact removed at the resident's request; nothing of it is kept. */
  "contacts.remove": command(z.strictObject({ eventId: EventId, contactId: Id }), z.object({ removed: z.boolean() }), FACILITATOR_ONLY),
} as const;
