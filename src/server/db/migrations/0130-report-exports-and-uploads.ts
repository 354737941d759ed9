import type { Migration } from "./migration";

/**
 * Exports (PDF, Markdown, CSV, event archive): each a job with its progress, where the file
 * went and its checksum, and the token a browser downloads it with. Uploads: files sent from
 * a screen in chunks small enough for one message each (a logo, an event archive).
 */
export const migration0130: Migration = {
  version: 130,
  name: "report exports and uploads",
  up: `
    CREATE TABLE report_export (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      format TEXT NOT NULL,
      status TEXT NOT NULL,
      file_name TEXT NOT NULL DEFAULT '',
      path TEXT NOT NULL DEFAULT '',
      sha256 TEXT NOT NULL DEFAULT '',
      bytes INTEGER NOT NULL DEFAULT 0,
      pages INTEGER,
      token TEXT NOT NULL,
      error TEXT NOT NULL DEFAULT '',
      requested_at TEXT NOT NULL,
      finished_at TEXT
    ) STRICT;
    CREATE INDEX report_export_by_event ON report_export(event_id, requested_at);

    CREATE TABLE upload (
      id TEXT PRIMARY KEY,
      purpose TEXT NOT NULL,
      total INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE upload_chunk (
      upload_id TEXT NOT NULL REFERENCES upload(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (upload_id, idx)
    ) STRICT;
  `,
};
