import type { Migration } from "./migration";

/**
 * The neighbourhood thread. Neighbourhoods and partnerships become records with ids (each
 * name in use gets one; a neighbourhood joins the partnership its latest event names), and
 * `merged_into` keeps an old spelling pointing at the record it was merged into. Then the
 * records that last beyond one event: priorities (with residents' quotes and dated status
 * entries), themes and actions tied to them, progress lines, wins, measures and their
 * readings, experiments. Facts whose order matters are rows appended, never rewritten.
 */
export const migration0300: Migration = {
  version: 300,
  name: "neighbourhood thread",
  up: `
    CREATE TABLE partnership_record (
      id TEXT PRIMARY KEY DEFAULT (lower(hex(randomblob(16)))),
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      merged_into TEXT,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO partnership_record (name, created_seq, updated_seq) SELECT name, created_seq, created_seq FROM partnership ORDER BY created_seq;
    DROP TABLE partnership;
    ALTER TABLE partnership_record RENAME TO partnership;

    CREATE TABLE neighbourhood_record (
      id TEXT PRIMARY KEY DEFAULT (lower(hex(randomblob(16)))),
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      partnership_id TEXT,
      merged_into TEXT,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    INSERT INTO neighbourhood_record (name, partnership_id, created_seq, updated_seq)
      SELECT n.name,
        (SELECT p.id FROM event e JOIN partnership p ON p.name = e.partnership
          WHERE e.neighbourhood = n.name COLLATE NOCASE ORDER BY e.date DESC, e.created_seq DESC LIMIT 1),
        n.created_seq, n.created_seq
      FROM neighbourhood n ORDER BY n.created_seq;
    DROP TABLE neighbourhood;
    ALTER TABLE neighbourhood_record RENAME TO neighbourhood;

    CREATE TABLE priority (
      id TEXT PRIMARY KEY,
      neighbourhood_id TEXT NOT NULL,
      title TEXT NOT NULL,
      event_id TEXT NOT NULL,
      adopted_on TEXT NOT NULL,
      round_id TEXT NOT NULL,
      item_id TEXT NOT NULL,
      rank INTEGER NOT NULL,
      tied INTEGER NOT NULL,
      dots INTEGER NOT NULL,
      voters INTEGER NOT NULL,
      lead TEXT NOT NULL DEFAULT '',
      review_on TEXT,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX priority_by_neighbourhood ON priority(neighbourhood_id, adopted_on, rank);

    -- Residents' words copied from notes: kept, and deleted, as notes are (event_id for retention).
    CREATE TABLE priority_quote (
      id TEXT PRIMARY KEY,
      priority_id TEXT NOT NULL REFERENCES priority(id) ON DELETE CASCADE,
      event_id TEXT NOT NULL,
      note_id TEXT,
      text TEXT NOT NULL,
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX priority_quote_by_priority ON priority_quote(priority_id, position);
    CREATE INDEX priority_quote_by_event ON priority_quote(event_id);

    CREATE TABLE priority_status (
      id TEXT PRIMARY KEY,
      priority_id TEXT NOT NULL REFERENCES priority(id) ON DELETE CASCADE,
      status TEXT NOT NULL,
      on_date TEXT NOT NULL,
      note TEXT NOT NULL DEFAULT '',
      seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX priority_status_by_priority ON priority_status(priority_id, on_date, seq);

    CREATE TABLE theme_priority (
      id TEXT PRIMARY KEY,
      theme_id TEXT NOT NULL,
      event_id TEXT NOT NULL,
      priority_id TEXT,
      seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX theme_priority_by_priority ON theme_priority(priority_id);

    CREATE TABLE action_priority (
      id TEXT PRIMARY KEY,
      action_id TEXT NOT NULL,
      priority_id TEXT,
      seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX action_priority_by_priority ON action_priority(priority_id);

    CREATE TABLE action_progress (
      id TEXT PRIMARY KEY,
      action_id TEXT NOT NULL,
      on_date TEXT NOT NULL,
      text TEXT NOT NULL,
      status TEXT,
      seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX action_progress_by_action ON action_progress(action_id, on_date, seq);

    CREATE TABLE win (
      id TEXT PRIMARY KEY,
      neighbourhood_id TEXT NOT NULL,
      priority_id TEXT,
      on_date TEXT NOT NULL,
      text TEXT NOT NULL,
      photo TEXT,
      deleted INTEGER NOT NULL DEFAULT 0,
      seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX win_by_neighbourhood ON win(neighbourhood_id, on_date);

    CREATE TABLE measure (
      id TEXT PRIMARY KEY,
      neighbourhood_id TEXT NOT NULL,
      priority_id TEXT,
      kind TEXT NOT NULL,
      name TEXT NOT NULL,
      unit TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX measure_by_neighbourhood ON measure(neighbourhood_id);

    CREATE TABLE measure_reading (
      id TEXT PRIMARY KEY,
      measure_id TEXT NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
      on_date TEXT NOT NULL,
      value REAL,
      text TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT '',
      seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX measure_reading_by_measure ON measure_reading(measure_id, on_date, seq);

    CREATE TABLE experiment (
      id TEXT PRIMARY KEY,
      neighbourhood_id TEXT NOT NULL,
      priority_id TEXT,
      event_id TEXT,
      title TEXT NOT NULL,
      expect TEXT NOT NULL DEFAULT '',
      watch TEXT NOT NULL DEFAULT '',
      review_on TEXT NOT NULL,
      observed TEXT NOT NULL DEFAULT '',
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX experiment_by_neighbourhood ON experiment(neighbourhood_id, review_on);
  `,
};
