import { randomUUID } from "node:crypto";
import { contactDeletionDate, localToday, type EventId } from "../../../core";
import { contactPlans, contacts } from "../../db/repos/contacts";
import { requireEvent } from "../../db/repos/events";
import { getSent } from "../../db/repos/reports";
import { reportExports } from "../../db/repos/report-exports";
import { RoomError } from "../../room-error";
import type { HandlersOf } from "../handler";

/** More than any hall: a flood of contacts is refused before it fills the disk. */
export const MAX_CONTACTS_PER_EVENT = 5000;

/**
 * Contacts change no screen: no upserts, so nothing of them enters the change feed, and
 * results say only that the command was done (the command store keeps results).
 */
const quiet = <T>(value: T, eventId: EventId) => ({ value, eventId, upserts: [] });

export const contactHandlers: HandlersOf<"contacts.leave" | "contacts.view" | "contacts.setKeepDays" | "contacts.recordReached" | "contacts.remove"> = {
  "contacts.leave": ({ db }, { eventId, contact }) => {
    requireEvent(db, eventId);
    if (contacts.count(db, eventId) >= MAX_CONTACTS_PER_EVENT) throw new RoomError("too_large", "This event has as many contacts as Hearth keeps; ask the facilitator.");
    // The day only: no time, no device, no link to anything the resident said.
    contacts.add(db, randomUUID(), eventId, contact, localToday());
    return quiet({ received: true as const }, eventId);
  },

  "contacts.view": (db, { eventId }) => {
    requireEvent(db, eventId);
    const plan = contactPlans.get(db, eventId);
    const sentOn = getSent(db, eventId)?.sentOn ?? null;
    return {
      contacts: contacts.list(db, eventId),
      keepDays: plan.keepDays,
      reached: plan.reached,
      sentOn,
      deleteOn: contactDeletionDate(sentOn, plan.keepDays),
      deletions: contacts.deletions(db, eventId),
    };
  },

  "contacts.setKeepDays": ({ db }, { eventId, keepDays }) => {
    requireEvent(db, eventId);
    contactPlans.save(db, eventId, { ...contactPlans.get(db, eventId), keepDays });
    return quiet({ keepDays }, eventId);
  },

  "contacts.recordReached": ({ db }, { eventId, reached }) => {
    requireEvent(db, eventId);
    contactPlans.save(db, eventId, { ...contactPlans.get(db, eventId), reached });
    return quiet({ reached }, eventId);
  },

  "contacts.remove": ({ db, ports }, { eventId, contactId }) => {
    requireEvent(db, eventId);
    const removed = contacts.removeOne(db, eventId, contactId, localToday());
    // An archive exported with the contacts still holds this one: it goes too.
    const files = removed ? reportExports.takeWithContacts(db, eventId) : [];
    const after = () => {
      void ports.reports?.destination.discard?.(files);
      if (removed) void ports.data?.forgetDeletedContacts?.();
    };
    return { ...quiet({ removed }, eventId), purge: removed, after };
  },
};
