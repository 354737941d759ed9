import type { Migration } from "./migration";

/**
 * A neighbourhood's exports (the progress report, the good-news sheet): jobs like an event's
 * report exports, but of a neighbourhood. And the organiser's decisions on the likely personal
 * data in them (redact, keep, replace), one per finding, kept for the next export.
 */
export const migration0530: Migration = {
  version: 530,
  name: "neighbourhood exports",
  up: `
    CREATE TABLE thread_export (
      id TEXT PRIMARY KEY,
      neighbourhood_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      format TEXT NOT NULL,
      since TEXT,
      until TEXT,
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
    CREATE INDEX thread_export_by_neighbourhood ON thread_export(neighbourhood_id, requested_at);

    CREATE TABLE thread_decision (
      neighbourhood_id TEXT NOT NULL,
      finding_id TEXT NOT NULL,
      decision TEXT NOT NULL,
      seq INTEGER NOT NULL,
      PRIMARY KEY (neighbourhood_id, finding_id)
    ) STRICT;
  `,
};
