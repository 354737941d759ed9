import type { Migration } from "./migration";

/**
 * The feedback report of each event: the organiser's draft (JSON, saved as they type), the
 * logo's checked bytes, and when and how the report went out. Plus the organiser's own list
 * of names that redaction looks for, beside the seeded one.
 */
export const migration0120: Migration = {
  version: 120,
  name: "report drafts",
  up: `
    CREATE TABLE report (
      event_id TEXT PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
      draft TEXT NOT NULL,
      logo BLOB,
      sent_on TEXT,
      sent_channels TEXT NOT NULL DEFAULT '[]',
      sent_note TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE redaction_name (
      name TEXT PRIMARY KEY COLLATE NOCASE,
      added_at TEXT NOT NULL
    ) STRICT;
  `,
};
