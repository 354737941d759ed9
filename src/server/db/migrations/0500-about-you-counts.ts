import type { Migration } from "./migration";

/**
 * "About you" (equality and reach monitoring). Nothing here can identify anyone:
 * - monitoring_set: the questions and target groups an event asks about (no answers);
 * - monitoring_count: how many answered each option, per event and source (phone or paper):
 *   one row per option, never one per answer, no device, note, ballot or time;
 * - monitoring_answered: which devices have answered (so a phone answers once), and nothing of
 *   what they answered.
 * Both keyed tables are WITHOUT ROWID: rows lie in key order, so the order answers came in is
 * not kept either (a rowid would say which options the first phone chose).
 */
export const migration0500: Migration = {
  version: 500,
  name: "about you counts",
  up: `
    CREATE TABLE monitoring_set (
      event_id TEXT PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
      body TEXT NOT NULL
    ) STRICT;
    CREATE TABLE monitoring_count (
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      source TEXT NOT NULL CHECK (source IN ('phone', 'paper')),
      question_id TEXT NOT NULL,
      option_id TEXT NOT NULL,
      count INTEGER NOT NULL CHECK (count >= 0),
      PRIMARY KEY (event_id, source, question_id, option_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE monitoring_answered (
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      device_id TEXT NOT NULL,
      PRIMARY KEY (event_id, device_id)
    ) STRICT, WITHOUT ROWID;
  `,
};
