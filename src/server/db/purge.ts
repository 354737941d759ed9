import type { Database } from "better-sqlite3";
import { highestSeq, raiseSeqFloor } from "./repos/changes";

/**
 * Removes what an event left outside its own rows: its change feed (whose payloads hold the
 * words of its notes) and the stored results of its commands. The event row itself, and
 * every table that references it ON DELETE CASCADE, go with `DELETE FROM event`.
 * A table added later that holds an event's data without that cascade must be purged here.
 */
export function purgeEventRows(db: Database, eventId: string): void {
  raiseSeqFloor(db, highestSeq(db));
  db.prepare(`DELETE FROM change WHERE event_id = ? AND scope = 'event'`).run(eventId);
  db.prepare(`DELETE FROM applied_command WHERE event_id = ?`).run(eventId);
  purgeQuotesOfEvent(db, eventId);
}

/**
 * Forgets an event's exports (their files hold its notes), and the progress reports quoting
 * it: removes their rows and returns the paths of the files written, for the report's
 * destination to delete once the command commits.
 */
export function takeEventExports(db: Database, eventId: string): string[] {
  const paths = (db.prepare(`SELECT path FROM report_export WHERE event_id = ? AND path != ''`).all(eventId) as { path: string }[]).map((r) => r.path);
  db.prepare(`DELETE FROM report_export WHERE event_id = ?`).run(eventId);
  // A neighbourhood's progress reports quote residents of the events its priorities were adopted at: they go too.
  const quoting = `kind = 'progress' AND neighbourhood_id IN (SELECT neighbourhood_id FROM priority WHERE event_id = ?)`;
  const threadPaths = (db.prepare(`SELECT path FROM thread_export WHERE ${quoting} AND path != ''`).all(eventId) as { path: string }[]).map((r) => r.path);
  db.prepare(`DELETE FROM thread_export WHERE ${quoting}`).run(eventId);
  return [...paths, ...threadPaths];
}

/**
 * Removes an event's notes for good (retention): the note rows, every change whose payload
 * carried a note of the event, and the stored results of the commands that wrote them.
 * Returns the ids of the notes removed.
 */
export function purgeEventNotes(db: Database, eventId: string): string[] {
  const ids = (db.prepare(`SELECT id FROM note WHERE event_id = ?`).all(eventId) as { id: string }[]).map((r) => r.id);
  if (ids.length === 0) return ids;
  raiseSeqFloor(db, highestSeq(db));
  db.prepare(
    `DELETE FROM change WHERE event_id = ? AND scope = 'event' AND EXISTS (SELECT 1 FROM json_each(change.payload, '$.upserts') AS u WHERE json_extract(u.value, '$.kind') = 'note')`,
  ).run(eventId);
  // Results of note commands hold note text; results of event commands hold only the event.
  db.prepare(`DELETE FROM applied_command WHERE event_id = ? AND method NOT LIKE 'events.%'`).run(eventId);
  db.prepare(`UPDATE note SET merged_into = NULL WHERE event_id = ?`).run(eventId);
  db.prepare(`DELETE FROM note WHERE event_id = ?`).run(eventId);
  purgeQuotesOfEvent(db, eventId);
  return ids;
}

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
