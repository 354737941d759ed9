import type { Database } from "better-sqlite3";
import { docId, recordHash, toDoc, type HubDoc } from "./documents";
import { ledger } from "./ledger";
import { threadRecords } from "./thread-records";

const CHUNK = 200;

export interface LocalDocs {
  allDocs(o: { keys: string[] }): Promise<{ rows: ({ id?: string; key: string; value?: { rev: string }; error?: string })[] }>;
  bulkDocs(docs: HubDoc[]): Promise<({ ok?: boolean; id?: string; error?: boolean | string })[]>;
}

/**
 * Copies every thread record that changed since it was last written (or applied from the hub)
 * into the laptop's replica, whence replication sends it. Returns how many documents were
 * written, and how many were left for the next pass (a document that changed under it meanwhile).
 */
export async function writeOutbox(db: () => Database, local: LocalDocs): Promise<{ written: number; left: number }> {
  const known = ledger.hashes(db());
  const changed = threadRecords(db())
    .map((r) => ({ r, id: docId(r), hash: recordHash(r) }))
    .filter((x) => known.get(x.id) !== x.hash);
  let written = 0;
  for (let i = 0; i < changed.length; i += CHUNK) {
    const part = changed.slice(i, i + CHUNK);
    const revs = await local.allDocs({ keys: part.map((x) => x.id) });
    const revOf = new Map(revs.rows.flatMap((row) => (row.value ? [[row.key, row.value.rev] as const] : [])));
    const docs = part.map((x) => {
      const rev = revOf.get(x.id);
      return rev ? { ...toDoc(x.r), _rev: rev } : toDoc(x.r);
    });
    const results = await local.bulkDocs(docs);
    const done = part.filter((_, j) => results[j]?.ok === true);
    const d = db();
    d.transaction(() => done.forEach((x) => ledger.setHash(d, x.id, x.hash)))();
    written += done.length;
  }
  return { written, left: changed.length - written };
}
