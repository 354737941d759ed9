import type { Database } from "better-sqlite3";
import { z } from "zod";
import { EventId, Contact, CONTACT_KEEP_DAYS_DEFAULT, ContactDeletion, ContactReached, NO_REACH, type ContactDraft, type IsoDate } from "../../../core";
import type { ReadonlyDatabase } from "../prepared";

/** Residents' contacts: their own tables, never in the change feed, read only for the organiser's sending page. */
export const contacts = {
  add(db: Database, id: string, eventId: EventId, contact: ContactDraft, leftOn: IsoDate): void {
    db.prepare(`INSERT INTO resident_contact (id, event_id, channel, name, detail, left_on) VALUES (?, ?, ?, ?, ?, ?)`).run(
      id,
      eventId,
      contact.channel,
      contact.name,
      contact.detail,
      leftOn,
    );
  },

  count(db: ReadonlyDatabase, eventId: EventId): number {
    return (db.prepare(`SELECT COUNT(*) AS n FROM resident_contact WHERE event_id = ?`).get(eventId) as { n: number }).n;
  },

  /** In the order the organiser works through them: by channel, then name, then detail (never by when they were left). */
  list(db: ReadonlyDatabase, eventId: EventId): Contact[] {
    const rows = db
      .prepare(`SELECT id, channel, name, detail, left_on AS leftOn FROM resident_contact WHERE event_id = ? ORDER BY channel, name COLLATE NOCASE, detail`)
      .all(eventId);
    return z.array(Contact).parse(rows);
  },

  /** Deletes every contact of the event and records how many, on which day. Returns the count. */
  deleteAll(db: Database, eventId: EventId, today: IsoDate): number {
    const { changes } = db.prepare(`DELETE FROM resident_contact WHERE event_id = ?`).run(eventId);
    // The stored results of contacts.* commands hold no detail, but they are the contacts' traces: they go too.
    db.prepare(`DELETE FROM applied_command WHERE event_id = ? AND method LIKE 'contacts.%'`).run(eventId);
    if (changes > 0) db.prepare(`INSERT INTO contact_deletion (event_id, deleted_on, count) VALUES (?, ?, ?)`).run(eventId, today, changes);
    return changes;
  },

  /** Deletes one contact (the resident asked), recorded as a deletion of one. */
  removeOne(db: Database, eventId: EventId, id: string, today: IsoDate): boolean {
    const { changes } = db.prepare(`DELETE FROM resident_contact WHERE event_id = ? AND id = ?`).run(eventId, id);
    if (changes > 0) db.prepare(`INSERT INTO contact_deletion (event_id, deleted_on, count) VALUES (?, ?, 1)`).run(eventId, today);
    return changes > 0;
  },

  deletions(db: ReadonlyDatabase, eventId: EventId): ContactDeletion[] {
    const rows = db.prepare(`SELECT deleted_on AS deletedOn, count FROM contact_deletion WHERE event_id = ? ORDER BY deleted_on`).all(eventId);
    return z.array(ContactDeletion).parse(rows);
  },
};

export interface ContactPlan {
  readonly keepDays: number;
  readonly reached: ContactReached;
}

export const contactPlans = {
  get(db: ReadonlyDatabase, eventId: EventId): ContactPlan {
    const row = db.prepare(`SELECT keep_days, reached FROM contact_plan WHERE event_id = ?`).get(eventId) as { keep_days: number; reached: string } | undefined;
    if (!row) return { keepDays: CONTACT_KEEP_DAYS_DEFAULT, reached: NO_REACH };
    return { keepDays: row.keep_days, reached: ContactReached.parse({ ...NO_REACH, ...(JSON.parse(row.reached) as object) }) };
  },

  save(db: Database, eventId: EventId, plan: ContactPlan): void {
    db.prepare(
      `INSERT INTO contact_plan (event_id, keep_days, reached) VALUES (?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET keep_days = excluded.keep_days, reached = excluded.reached`,
    ).run(eventId, plan.keepDays, JSON.stringify(plan.reached));
  },

  /** Every event with contacts still kept, for the deletion schedule. */
  eventsWithContacts(db: ReadonlyDatabase): EventId[] {
    return (db.prepare(`SELECT DISTINCT event_id FROM resident_contact`).all() as { event_id: string }[]).map((r) => EventId.parse(r.event_id));
  },
};
