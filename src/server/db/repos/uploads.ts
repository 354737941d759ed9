import type { Database } from "better-sqlite3";
import type { ReadonlyDatabase } from "../prepared";

export const UploadPurpose = ["logo", "archive"] as const;
export type UploadPurpose = (typeof UploadPurpose)[number];

/** Uploads older than this are dropped when a new one starts: a screen that gave up leaves nothing behind for long. */
const STALE_MS = 24 * 60 * 60 * 1000;

export const uploads = {
  /** Starts an upload or checks it is the same one; returns false when the id is taken by a different one. */
  begin(db: Database, id: string, purpose: UploadPurpose, total: number, at: string): boolean {
    const row = db.prepare(`SELECT purpose, total FROM upload WHERE id = ?`).get(id) as { purpose: string; total: number } | undefined;
    if (row) return row.purpose === purpose && row.total === total;
    db.prepare(`DELETE FROM upload WHERE created_at < ?`).run(new Date(Date.parse(at) - STALE_MS).toISOString());
    db.prepare(`INSERT INTO upload (id, purpose, total, created_at) VALUES (?, ?, ?, ?)`).run(id, purpose, total, at);
    return true;
  },
  putChunk(db: Database, id: string, index: number, data: Uint8Array): void {
    db.prepare(`INSERT INTO upload_chunk (upload_id, idx, data) VALUES (?, ?, ?) ON CONFLICT (upload_id, idx) DO UPDATE SET data = excluded.data`).run(id, index, data);
  },
  received(db: ReadonlyDatabase, id: string): { count: number; bytes: number } {
    return db.prepare(`SELECT COUNT(*) AS count, COALESCE(SUM(LENGTH(data)), 0) AS bytes FROM upload_chunk WHERE upload_id = ?`).get(id) as { count: number; bytes: number };
  },
  /** The whole file once every chunk is in; undefined while any is missing or the upload is unknown. */
  assemble(db: ReadonlyDatabase, id: string, purpose: UploadPurpose): Buffer | undefined {
    const head = db.prepare(`SELECT total FROM upload WHERE id = ? AND purpose = ?`).get(id, purpose) as { total: number } | undefined;
    if (!head) return undefined;
    const chunks = (db.prepare(`SELECT data FROM upload_chunk WHERE upload_id = ? ORDER BY idx`).all(id) as { data: Buffer }[]).map((r) => r.data);
    return chunks.length === head.total ? Buffer.concat(chunks) : undefined;
  },
  drop: (db: Database, id: string) => void db.prepare(`DELETE FROM upload WHERE id = ?`).run(id),
};
