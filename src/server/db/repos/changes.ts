import type { Database } from "better-sqlite3";
import { Change, type EntityDelete, type EntityUpsert } from "../../../core";
import { prepared, type ReadonlyDatabase } from "../prepared";
import { notes } from "./notes";

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

/**
 * How an upsert is kept in the feed: a note by reference (its row holds its words, and a screen
 * catching up gets it as it is now), anything else whole (paper counts keep each correction).
 */
type StoredUpsert = EntityUpsert | { kind: "note"; ref: string };

const stored = (u: EntityUpsert): StoredUpsert => (u.kind === "note" ? { kind: "note", ref: u.value.id } : u);

function resolved(db: ReadonlyDatabase, u: StoredUpsert): EntityUpsert | undefined {
  if (!("ref" in u)) return u;
  const note = notes.get(db, u.ref);
  return note && { kind: "note", value: note };
}

export function appendChange(db: Database, change: Change, actor: string): void {
  prepared(db, `INSERT INTO change (seq, event_id, command, actor, at, payload) VALUES (?, ?, ?, ?, ?, ?)`).run(
    change.seq,
    change.eventId,
    change.command,
    actor,
    change.at,
    JSON.stringify(change.deletes.length ? { upserts: change.upserts.map(stored), deletes: change.deletes } : { upserts: change.upserts.map(stored) }),
  );
}

export function changesSince(db: ReadonlyDatabase, eventId: string, sinceSeq: number): Change[] {
  const rows = db
    .prepare(`SELECT seq, event_id, command, at, payload FROM change WHERE event_id = ? AND seq > ? ORDER BY seq`)
    .all(eventId, sinceSeq) as ChangeRow[];
  return rows.map((r) => {
    const p = JSON.parse(r.payload) as { upserts: StoredUpsert[]; deletes?: EntityDelete[] };
    const upserts = p.upserts.flatMap((u) => resolved(db, u) ?? []);
    return Change.parse({ seq: r.seq, eventId: r.event_id, command: r.command, at: r.at, upserts, deletes: p.deletes ?? [] });
  });
}

export function lastSeq(db: ReadonlyDatabase, eventId: string): number {
  const row = db.prepare(`SELECT COALESCE(MAX(seq), 0) AS seq FROM change WHERE event_id = ?`).get(eventId) as { seq: number };
  return row.seq;
}
