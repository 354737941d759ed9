import type { Migration } from "./migration";

/**
 * Parts of a long import (a CSV typed up from paper) waiting for the command that applies
 * them all at once. A frame carries at most 16 KiB, so a big file travels in parts; the
 * notes become real only together, in one transaction, when the last command arrives.
 */
export const migration0050: Migration = {
  version: 50,
  name: "note import parts",
  up: `
    CREATE TABLE note_import_part (
      import_id TEXT NOT NULL,
      part INTEGER NOT NULL,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      actor TEXT NOT NULL,
      notes TEXT NOT NULL,
      staged_at TEXT NOT NULL,
      PRIMARY KEY (import_id, part)
    ) STRICT;
    CREATE INDEX note_import_part_by_time ON note_import_part(staged_at);
  `,
};
