import { contactsExpired, localToday, type IsoDate } from "../../core";
import { contactPlans, contacts } from "../db/repos/contacts";
import { getSent } from "../db/repos/reports";
import { reportExports } from "../db/repos/report-exports";
import type { Room } from "../room/room";

export const CONTACT_RETENTION_COMMAND = "contacts.retention";

/**
 * Deletes the contacts of every event whose report was marked sent at least its keeping days
 * ago (30 unless the organiser chose otherwise), and records how many went on which day. The
 * contacts were never in the change feed; their command records go too, and the WAL is
 * truncated after the commit (purge), so no copy stays in the database's files. Returns how
 * many contacts were deleted. An archive the organiser exported with them is deleted too.
 */
export function applyContactRetention(room: Room, today: IsoDate = localToday()): number {
  let removed = 0;
  for (const eventId of contactPlans.eventsWithContacts(room.db)) {
    const sentOn = getSent(room.db, eventId)?.sentOn ?? null;
    if (!contactsExpired(sentOn, contactPlans.get(room.db, eventId).keepDays, today)) continue;
    room.runSystem(CONTACT_RETENTION_COMMAND, ({ db, ports }) => {
      removed += contacts.deleteAll(db, eventId, today);
      const files = reportExports.takeWithContacts(db, eventId);
      return { value: null, eventId, upserts: [], purge: true, after: () => void ports.reports?.destination.discard?.(files) };
    });
  }
  return removed;
}
