import type { Migration } from "./migration";

/**
 * Each change in the feed says whose feed it is in: `scope` is 'event' (an event's, its
 * `event_id` that event's id) or 'place' (a neighbourhood's or partnership's thread, its
 * `event_id` the place's id). Until now the thread's changes were told apart only by their id
 * not being an event's, so that is how the rows written before this step are marked.
 */
export const migration0450: Migration = {
  version: 450,
  name: "change feed scope",
  up: `
    ALTER TABLE change ADD COLUMN scope TEXT NOT NULL DEFAULT 'event' CHECK (scope IN ('event', 'place'));
    UPDATE change SET scope = 'place' WHERE event_id NOT IN (SELECT id FROM event);
  `,
};
