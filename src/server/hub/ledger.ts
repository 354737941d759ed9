import type { Database } from "better-sqlite3";
import type { ReadonlyDatabase } from "../db/prepared";

/** The hub's bookkeeping in the laptop's own database (migration 0520). */
export const ledger = {
  hashes(db: ReadonlyDatabase): Map<string, string> {
    const rows = db.prepare(`SELECT id, hash FROM hub_doc`).all() as { id: string; hash: string }[];
    return new Map(rows.map((r) => [r.id, r.hash]));
  },
  hashOf(db: ReadonlyDatabase, id: string): string | undefined {
    return (db.prepare(`SELECT hash FROM hub_doc WHERE id = ?`).get(id) as { hash: string } | undefined)?.hash;
  },
  setHash(db: Database, id: string, hash: string): void {
    db.prepare(`INSERT INTO hub_doc (id, hash) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET hash = excluded.hash`).run(id, hash);
  },
  get(db: ReadonlyDatabase, key: string): string | undefined {
    return (db.prepare(`SELECT value FROM hub_state WHERE key = ?`).get(key) as { value: string } | undefined)?.value;
  },
  set(db: Database, key: string, value: string): void {
    db.prepare(`INSERT INTO hub_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(key, value);
  },
  pending(db: ReadonlyDatabase): string[] {
    return (db.prepare(`SELECT id FROM hub_pending ORDER BY since, id`).all() as { id: string }[]).map((r) => r.id);
  },
  addPending(db: Database, id: string, at: string): void {
    db.prepare(`INSERT OR IGNORE INTO hub_pending (id, since) VALUES (?, ?)`).run(id, at);
  },
  dropPending(db: Database, id: string): void {
    db.prepare(`DELETE FROM hub_pending WHERE id = ?`).run(id);
  },
  quarantine(db: Database, q: { id: string; rev: string; reason: string; body: string; at: string }): void {
    db.prepare(`INSERT OR IGNORE INTO hub_quarantine (id, rev, reason, body, at) VALUES (@id, @rev, @reason, @body, @at)`).run(q);
  },
  quarantined(db: ReadonlyDatabase): { id: string; rev: string; reason: string; at: string }[] {
    return db.prepare(`SELECT id, rev, reason, at FROM hub_quarantine ORDER BY at, id`).all() as { id: string; rev: string; reason: string; at: string }[];
  },
};
