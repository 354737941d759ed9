import type { Migration } from "./migration";

/**
 * Residents' contacts for sending them the report, kept apart from everything they said:
 * - `resident_contact` names no note, ballot, device or time finer than the day. Without a
 *   rowid and keyed by a random id, so not even the order they were left in is kept.
 * - `contact_plan`: the organiser's deletion schedule (days after the report is marked sent)
 *   and how many residents were reached by each channel.
 * - `contact_deletion`: what was deleted and when ("12 contacts deleted on …"), counts only.
 * - `report_export.with_contacts`: an event archive the organiser chose to export with the
 *   contacts; its file is deleted when they are.
 */
export const migration0510: Migration = {
  version: 510,
  name: "resident contacts",
  up: `
    CREATE TABLE resident_contact (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      channel TEXT NOT NULL CHECK (channel IN ('text', 'email', 'post', 'collect')),
      name TEXT NOT NULL DEFAULT '',
      detail TEXT NOT NULL DEFAULT '',
      left_on TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX resident_contact_by_event ON resident_contact(event_id);

    CREATE TABLE contact_plan (
      event_id TEXT PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
      keep_days INTEGER NOT NULL DEFAULT 30,
      reached TEXT NOT NULL DEFAULT '{}'
    ) STRICT;

    CREATE TABLE contact_deletion (
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      deleted_on TEXT NOT NULL,
      count INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX contact_deletion_by_event ON contact_deletion(event_id);

    ALTER TABLE report_export ADD COLUMN with_contacts INTEGER NOT NULL DEFAULT 0 CHECK (with_contacts IN (0, 1));
  `,
};
