import type { Migration } from "./migration";

/**
 * Privacy and restore need three things the first schema lacks:
 * - `event.retention_months`: notes of an event are deleted that many months after its date
 *   (null: kept until the event is deleted);
 * - `applied_command.event_id`: the stored result of a command holds the words it wrote, so
 *   deleting an event (or its notes) must find and remove those rows too;
 * - `room_meta`: the sequence floor. Deleting change rows (event deletion, retention) or
 *   restoring an older backup must never hand out a sequence number a screen has already
 *   seen, or that screen would ignore the new change.
 */
export const migration0140: Migration = {
  version: 140,
  name: "privacy and sequence floor",
  up: `
    ALTER TABLE event ADD COLUMN retention_months INTEGER;

    ALTER TABLE applied_command ADD COLUMN event_id TEXT;
    UPDATE applied_command SET event_id = CASE
      WHEN json_valid(result) = 0 THEN NULL
      WHEN json_extract(result, '$.eventId') IS NOT NULL THEN json_extract(result, '$.eventId')
      WHEN method LIKE 'events.%' THEN json_extract(result, '$.id')
    END;
    CREATE INDEX applied_command_by_event ON applied_command(event_id);

    CREATE TABLE room_meta (
      key TEXT PRIMARY KEY,
      value INTEGER NOT NULL
    ) STRICT;
  `,
};
