import type { Database } from "better-sqlite3";
import { Change, type EntityDelete, type EntityUpsert } from "../../../core";
import { prepared, type ReadonlyDatabase } from "../prepared";

interface ChangeRow {
  seq: number;
  event_id: string;
  command: string;
  at: string;
  payload: string;
}

/**
 * The next sequence number: above every change in the feed and above the floor (room_meta),
 * which remembers numbers already handed out whose rows were since deleted or restored away.
 */
export function nextSeq(db: ReadonlyDatabase): number {
  return highestSeq(db) + 1;
}

export function highestSeq(db: ReadonlyDatabase): number {
  const row = db
    .prepare(`SELECT MAX(COALESCE((SELECT MAX(seq) FROM change), 0), COALESCE((SELECT value FROM room_meta WHERE key = 'seq_floor'), 0)) AS high`)
    .get() as { high: number };
  return row.high;
}

/** Raises the floor so that no number up to `seq` is ever handed out again. */
export function raiseSeqFloor(db: Database, seq: number): void {
  db.prepare(`INSERT INTO room_meta (key, value) VALUES ('seq_floor', ?) ON CONFLICT(key) DO UPDATE SET value = MAX(value, excluded.value)`).run(seq);
}

export function appendChange(db: Database, change: Change, actor: string): void {
  prepared(db, `INSERT INTO change (seq, event_id, command, actor, at, payload) VALUES (?, ?, ?, ?, ?, ?)`).run(
    change.seq,
    change.eventId,
    change.command,
    actor,
    change.at,
    JSON.stringify({ upserts: change.upserts, deletes: change.deletes }),
  );
}

export function changesSince(db: ReadonlyDatabase, eventId: string, sinceSeq: number): Change[] {
  const rows = db
    .prepare(`SELECT seq, event_id, command, at, payload FROM change WHERE event_id = ? AND seq > ? ORDER BY seq`)
    .all(eventId, sinceSeq) as ChangeRow[];
  return rows.map((r) => {
    const p = JSON.parse(r.payload) as { upserts: EntityUpsert[]; deletes: EntityDelete[] };
    return Change.parse({ seq: r.seq, eventId: r.event_id, command: r.command, at: r.at, ...p });
  });
}

export function lastSeq(db: ReadonlyDatabase, eventId: string): number {
  const row = db.prepare(`SELECT COALESCE(MAX(seq), 0) AS seq FROM change WHERE event_id = ?`).get(eventId) as { seq: number };
  return row.seq;
}
