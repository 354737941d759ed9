import type { Database } from "better-sqlite3";
import { Change, changeFor, feedKey, type EntityDelete, type EntityUpsert, type EventId, type FeedChange, type FeedScope } from "../../../core";
import { prepared, type ReadonlyDatabase } from "../prepared";
import { notes } from "./notes";

/** A change as stored: its scope is in its own columns. */
const Recorded = Change.omit({ eventId: true });

interface ChangeRow {
  seq: number;
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

/** Records a change under its scope: an event's feed, or a place's (the neighbourhood thread). */
export function appendChange(db: Database, change: FeedChange, actor: string): void {
  prepared(db, `INSERT INTO change (seq, scope, event_id, command, actor, at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    change.seq,
    change.scope.kind,
    feedKey(change.scope),
    change.command,
    actor,
    change.at,
    JSON.stringify(change.deletes.length ? { upserts: change.upserts.map(stored), deletes: change.deletes } : { upserts: change.upserts.map(stored) }),
  );
}

/** The changes recorded under a scope after `sinceSeq`: an event's feed, or a place's thread. */
export function feedSince(db: ReadonlyDatabase, scope: FeedScope, sinceSeq: number): FeedChange[] {
  const rows = db
    .prepare(`SELECT seq, command, at, payload FROM change WHERE event_id = ? AND scope = ? AND seq > ? ORDER BY seq`)
    .all(feedKey(scope), scope.kind, sinceSeq) as ChangeRow[];
  return rows.map((r) => {
    const p = JSON.parse(r.payload) as { upserts: StoredUpsert[]; deletes?: EntityDelete[] };
    const upserts = p.upserts.flatMap((u) => resolved(db, u) ?? []);
    return { ...Recorded.parse({ seq: r.seq, command: r.command, at: r.at, upserts, deletes: p.deletes ?? [] }), scope };
  });
}

/** An event's changes after `sinceSeq`, as its screens receive them. */
export const changesSince = (db: ReadonlyDatabase, eventId: EventId, sinceSeq: number): Change[] =>
  feedSince(db, { kind: "event", eventId }, sinceSeq).map((c) => changeFor(c, eventId));

/** The last change in an event's feed: a snapshot of it reflects the feed up to here. */
export function lastSeq(db: ReadonlyDatabase, eventId: EventId): number {
  const row = db.prepare(`SELECT COALESCE(MAX(seq), 0) AS seq FROM change WHERE event_id = ? AND scope = 'event'`).get(eventId) as { seq: number };
  return row.seq;
}
