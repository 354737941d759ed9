import type { Migration } from "./migration";

/** What the projector shows for an event: view, spotlight, contrast. One row per event. */
export const migration0160: Migration = {
  version: 160,
  name: "projector screen",
  up: `
    CREATE TABLE screen (
      id TEXT PRIMARY KEY REFERENCES event(id) ON DELETE CASCADE,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      view TEXT NOT NULL DEFAULT 'auto',
      spotlight TEXT,
      contrast TEXT NOT NULL DEFAULT 'dark',
      show_join INTEGER NOT NULL DEFAULT 1,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX screen_by_event ON screen(event_id);
  `,
};
