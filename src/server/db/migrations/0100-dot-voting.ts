import type { Migration } from "./migration";

/**
 * Dot voting: rounds, each voter's ballot, and the paper board's counts. A ballot's id is an
 * opaque key derived from the round and the voter, so no table ties a vote to a person.
 */
export const migration0100: Migration = {
  version: 100,
  name: "dot voting",
  up: `
    CREATE TABLE vote_round (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      target TEXT NOT NULL,
      theme_ids TEXT NOT NULL DEFAULT '[]',
      prompt_ids TEXT NOT NULL DEFAULT '[]',
      items TEXT NOT NULL DEFAULT '[]',
      fixed_items INTEGER NOT NULL DEFAULT 0,
      dots_per_voter INTEGER NOT NULL,
      max_per_item INTEGER NOT NULL,
      blind INTEGER NOT NULL,
      timer TEXT,
      status TEXT NOT NULL DEFAULT 'draft',
      final INTEGER NOT NULL DEFAULT 0,
      runoff_of TEXT REFERENCES vote_round(id) ON DELETE SET NULL,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX vote_round_by_event ON vote_round(event_id, created_seq);

    -- dots: JSON list of {itemId, dots}; one row per voter per round. total: the dots in it,
    -- kept beside them so the turnout a vote announces is a sum, not a read of every ballot.
    CREATE TABLE ballot (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      round_id TEXT NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
      source TEXT NOT NULL,
      dots TEXT NOT NULL DEFAULT '[]',
      total INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
      sealed INTEGER NOT NULL,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX ballot_by_round ON ballot(round_id, total);
    CREATE INDEX ballot_by_event ON ballot(event_id, created_seq);

    CREATE TABLE paper_count (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      round_id TEXT NOT NULL REFERENCES vote_round(id) ON DELETE CASCADE,
      item_id TEXT NOT NULL,
      dots INTEGER NOT NULL CHECK (dots >= 0),
      entered_by TEXT NOT NULL,
      sealed INTEGER NOT NULL,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL,
      UNIQUE (round_id, item_id)
    ) STRICT;
    CREATE INDEX paper_count_by_event ON paper_count(event_id, created_seq);
  `,
};
