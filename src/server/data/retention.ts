import { localToday, retentionExpired, type HearthEvent, type IsoDate } from "../../core";
import { events, listEvents } from "../db/repos/events";
import type { Room } from "../room/room";
import { purgeEventNotes, takeEventExports } from "../db/purge";

export const RETENTION_COMMAND = "events.retention";

/**
 * Deletes the notes of every event whose keeping time has passed (its date + its retention
 * months). The event, its themes, actions and votes stay, so the report is kept; its exports,
 * which hold the notes, are deleted (files and records). Each event's
 * deletion is one recorded change listing the removed note ids (and no text), so open screens
 * drop them. Returns how many notes were removed.
 */
export function applyRetention(room: Room, today: IsoDate = localToday()): number {
  let removed = 0;
  for (const event of listEvents(room.db)) {
    if (!retentionExpired(event, today)) continue;
    const { n } = room.db.prepare(`SELECT COUNT(*) AS n FROM note WHERE event_id = ?`).get(event.id) as { n: number };
    if (n === 0) continue;
    room.runSystem(RETENTION_COMMAND, ({ db, seq, ports }) => {
      const ids = purgeEventNotes(db, event.id);
      const exported = takeEventExports(db, event.id);
      removed += ids.length;
      const next: HearthEvent = { ...event, updatedSeq: seq };
      events.update(db, next);
      return {
        value: null,
        eventId: event.id,
        upserts: [{ kind: "event", value: next }],
        deletes: ids.map((id) => ({ kind: "note" as const, id })),
        purge: true,
        after: () => void ports.reports?.destination.discard?.(exported),
      };
    });
  }
  return removed;
}
