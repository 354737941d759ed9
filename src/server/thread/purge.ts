import type { Database } from "better-sqlite3";
import { highestSeq, raiseSeqFloor } from "../db/repos/changes";

/**
 * Residents' words copied into priorities are notes too: when an event's notes go (retention)
 * or the event is deleted, the quotes taken from it go with them, from the quote rows, from
 * every change whose payload carried them, and from the stored results of the commands that
 * wrote them. The priorities stay, as themes and actions do.
 */
export function purgeQuotesOfEvent(db: Database, eventId: string): void {
  raiseSeqFloor(db, highestSeq(db));
  db.prepare(`DELETE FROM priority_quote WHERE event_id = ?`).run(eventId);
  db.prepare(
    `DELETE FROM change WHERE EXISTS (
       SELECT 1 FROM json_each(change.payload, '$.upserts') AS u, json_each(json_extract(u.value, '$.value.quotes')) AS q
       WHERE json_extract(u.value, '$.kind') = 'priority' AND json_extract(q.value, '$.eventId') = ?)`,
  ).run(eventId);
  db.prepare(
    `DELETE FROM applied_command WHERE method LIKE 'priorities.%' AND json_valid(result) AND EXISTS (
       SELECT 1 FROM json_tree(result) AS t WHERE t.key = 'eventId' AND t.value = ? AND t.path LIKE '%quotes%')`,
  ).run(eventId);
}

/** A deleted win's photo is gone for good: from the changes and stored results that carried it, as a deleted note's words are. */
export function purgeWinPhoto(db: Database, winId: string): void {
  raiseSeqFloor(db, highestSeq(db));
  db.prepare(
    `DELETE FROM change WHERE EXISTS (
       SELECT 1 FROM json_each(change.payload, '$.upserts') AS u
       WHERE json_extract(u.value, '$.kind') = 'win' AND json_extract(u.value, '$.value.id') = ? AND json_extract(u.value, '$.value.photo') IS NOT NULL)`,
  ).run(winId);
  db.prepare(`DELETE FROM applied_command WHERE method = 'wins.add' AND json_valid(result) AND json_extract(result, '$.id') = ?`).run(winId);
}
