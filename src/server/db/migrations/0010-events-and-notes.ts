import type { Migration } from "./migration";

/** The first schema: events, notes, the change feed, and the record of applied commands. */
export const migration0010: Migration = {
  version: 10,
  name: "events and notes",
  up: `
    CREATE TABLE event (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      neighbourhood TEXT NOT NULL DEFAULT '',
      venue TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'planned',
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE note (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      table_label TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT 'typed',
      author_device TEXT NOT NULL,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX note_by_event ON note(event_id, created_seq);

    -- The change feed: orders everything, lets clients catch up, and is the audit trail.
    CREATE TABLE change (
      seq INTEGER PRIMARY KEY,
      event_id TEXT NOT NULL,
      command TEXT NOT NULL,
      actor TEXT NOT NULL,
      at TEXT NOT NULL,
      payload TEXT NOT NULL
    ) STRICT;
    CREATE INDEX change_by_event ON change(event_id, seq);

    -- A command applied once: a replay returns the stored result instead of applying again.
    CREATE TABLE applied_command (
      actor TEXT NOT NULL,
      command_id TEXT NOT NULL,
      method TEXT NOT NULL,
      result TEXT NOT NULL,
      PRIMARY KEY (actor, command_id)
    ) STRICT;
  `,
};
