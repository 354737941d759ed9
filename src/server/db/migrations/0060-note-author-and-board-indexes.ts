import type { Migration } from "./migration";

/**
 * The author shown on a note when the event has attribution on (filled by the room from the
 * writing device at the time, never from the client), and indexes for the board's lookups:
 * a theme's notes, a merged note's originals, an event's private notes.
 */
export const migration0060: Migration = {
  version: 60,
  name: "note author and board indexes",
  up: `
    ALTER TABLE note ADD COLUMN author TEXT;
    CREATE INDEX note_by_theme ON note(theme_id) WHERE theme_id IS NOT NULL;
    CREATE INDEX note_by_merged_into ON note(merged_into) WHERE merged_into IS NOT NULL;
    CREATE INDEX note_hidden_by_event ON note(event_id) WHERE hidden = 1;
  `,
};
