import type { Database } from "better-sqlite3";
import { Change, type EntityDelete, type EntityUpsert } from "../../../core";
import { prepared } from "../prepared";

interface ChangeRow {
  seq: number;
  event_id: string;
  command: string;
  at: string;
  payload: string;
}

export function nextSeq(db: Database): number {
  const row = prepared(db, `SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM change`).get() as { next: number };
  return row.next;
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

export function changesSince(db: Database, eventId: string, sinceSeq: number): Change[] {
  const rows = db
    .prepare(`SELECT seq, event_id, command, at, payload FROM change WHERE event_id = ? AND seq > ? ORDER BY seq`)
    .all(eventId, sinceSeq) as ChangeRow[];
  return rows.map((r) => {
    const p = JSON.parse(r.payload) as { upserts: EntityUpsert[]; deletes: EntityDelete[] };
    return Change.parse({ seq: r.seq, eventId: r.event_id, command: r.command, at: r.at, ...p });
  });
}

export function lastSeq(db: Database, eventId: string): number {
  const row = db.prepare(`SELECT COALESCE(MAX(seq), 0) AS seq FROM change WHERE event_id = ?`).get(eventId) as { seq: number };
  return row.seq;
}
