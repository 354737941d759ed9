import type { Database } from "better-sqlite3";
import type { EntityUpsert } from "../../core";
import type { Room } from "../room/room";
import { threadOutcome } from "../thread/records";
import { applyRecord, RecordRefused, streamOf } from "./apply-record";
import { fromDoc, recordHash } from "./documents";
import { ledger } from "./ledger";

const BATCH = 100;
const KEPT_BODY = 16 * 1024;

interface Change {
  id: string;
  doc?: unknown;
  deleted?: boolean;
}

export interface LocalChanges {
  changes(o: { since: string | number; include_docs: true; attachments: true; limit: number }): Promise<{ results: Change[]; last_seq: string | number }>;
  get(id: string, o: { attachments: true }): Promise<unknown>;
}

const isForeignKey = (err: unknown) => err instanceof Error && "code" in err && err.code === "SQLITE_CONSTRAINT_FOREIGNKEY";

/**
 * One document from the replica: parsed with the thread's schemas first; one that fails is
 * kept aside (quarantined) and never applied; one whose record is already here changes
 * nothing; one that arrived before its parent waits; the rest is applied through the room,
 * so open pages hear of it like any change.
 */
export function applyDoc(room: Room, id: string, doc: unknown, at: string): "applied" | "same" | "quarantined" | "waiting" | "skipped" {
  if (id.startsWith("_design/") || doc === undefined || (typeof doc === "object" && doc !== null && "_deleted" in doc)) return "skipped";
  const db = room.db;
  const rev = typeof doc === "object" && doc !== null && "_rev" in doc ? String(doc._rev) : "";
  const keep = (reason: string) => {
    ledger.quarantine(db, { id, rev, reason, body: JSON.stringify(doc).slice(0, KEPT_BODY), at });
    ledger.dropPending(db, id);
    return "quarantined" as const;
  };
  const parsed = fromDoc(doc);
  if (!parsed.ok) return keep(parsed.reason);
  const record = parsed.record;
  const hash = recordHash(record);
  if (ledger.hashOf(db, id) === hash) {
    ledger.dropPending(db, id);
    return "same";
  }
  try {
    room.runSystem("hub.apply", ({ db: tx }) => {
      applyRecord(tx, record);
      ledger.setHash(tx, id, hash);
      ledger.dropPending(tx, id);
      return threadOutcome(streamOf(tx, record), record.value, [record as EntityUpsert]);
    });
    return "applied";
  } catch (err) {
    if (err instanceof RecordRefused) return keep(err.message);
    if (isForeignKey(err)) {
      ledger.addPending(db, id, at);
      return "waiting";
    }
    throw err;
  }
}

/** Applies what arrived in the replica since the last pass, then tries the waiting ones again. Restartable: the position is kept after each batch. */
export async function readInbox(room: Room, local: LocalChanges): Promise<number> {
  let applied = 0;
  const db = (): Database => room.db;
  for (;;) {
    const since = ledger.get(db(), "inbox_seq") ?? "0";
    const page = await local.changes({ since: /^\d+$/.test(since) ? Number(since) : since, include_docs: true, attachments: true, limit: BATCH });
    const at = new Date().toISOString();
    for (const c of page.results) if (applyDoc(room, c.id, c.doc, at) === "applied") applied++;
    ledger.set(db(), "inbox_seq", String(page.last_seq));
    if (page.results.length < BATCH) break;
  }
  for (let progress = true; progress; ) {
    progress = false;
    for (const id of ledger.pending(db())) {
      const doc = await local.get(id, { attachments: true }).catch(() => undefined);
      if (applyDoc(room, id, doc, new Date().toISOString()) === "applied") {
        applied++;
        progress = true;
      }
    }
  }
  return applied;
}
