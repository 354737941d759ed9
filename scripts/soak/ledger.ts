import type { Database } from "better-sqlite3";

/**
 * What one simulated client sent and what the room acknowledged. One ledger per kind of
 * thing sent (NoteLedger here; VoteLedger in vote-ledger.ts, which also checks the caps).
 * `check` compares the union of all ledgers of its kind with the database after the run.
 */
export interface Ledger {
  readonly kind: string;
  /** How long each acknowledgement took, in ms, from sending. */
  readonly ackTimes: readonly number[];
  readonly counts: { readonly sent: number; readonly acked: number; readonly refused: number };
}

export interface LedgerKind<L extends Ledger> {
  readonly kind: string;
  /** Every way the database disagrees with the ledgers: empty when nothing was lost or doubled. */
  check(db: Database, ledgers: readonly L[]): string[];
}

/** A note-taker's notes: id → the text sent, and which of them were acknowledged (with the text the room returned). */
export class NoteLedger implements Ledger {
  readonly kind = "note";
  readonly sent = new Map<string, string>();
  readonly acked = new Map<string, string>();
  readonly refused = new Map<string, string>();
  readonly ackTimes: number[] = [];

  get counts() {
    return { sent: this.sent.size, acked: this.acked.size, refused: this.refused.size };
  }
}

/**
 * "Nothing lost" for notes, checked after every load and fault run: the note ids in the database equal
 * the union of acknowledged ids; no id appears twice (in the table or as two adds in the
 * change feed); the latest text of each note matches its ledger.
 */
export const notesKind: LedgerKind<NoteLedger> = {
  kind: "note",
  check(db, ledgers) {
    const problems: string[] = [];
    const acked = new Map<string, string>();
    for (const l of ledgers) for (const [id, text] of l.acked) acked.set(id, text);
    const rows = db.prepare(`SELECT id, text FROM note`).all() as { id: string; text: string }[];
    const inDb = new Map(rows.map((r) => [r.id, r.text]));
    for (const [id, text] of acked) {
      if (!inDb.has(id)) problems.push(`acknowledged note ${id} is missing`);
      else if (inDb.get(id) !== text) problems.push(`note ${id} has text ${JSON.stringify(inDb.get(id))}, the ledger says ${JSON.stringify(text)}`);
    }
    for (const id of inDb.keys()) if (!acked.has(id)) problems.push(`note ${id} is in the database but was never acknowledged`);
    const adds = db
      .prepare(
        // A note in the feed is a reference to its row ({"kind": "note", "ref": id}); older files hold it whole.
        `SELECT COALESCE(json_extract(u.value, '$.ref'), json_extract(u.value, '$.value.id')) AS id, COUNT(*) AS n FROM change, json_each(change.payload, '$.upserts') AS u
         WHERE change.command = 'notes.add' AND json_extract(u.value, '$.kind') = 'note' GROUP BY 1 HAVING n > 1`,
      )
      .all() as { id: string; n: number }[];
    for (const a of adds) problems.push(`note ${a.id} was added ${a.n} times`);
    const texts = db.prepare(`SELECT text, COUNT(*) AS n FROM note GROUP BY text HAVING n > 1`).all() as { text: string; n: number }[];
    for (const t of texts) problems.push(`the text ${JSON.stringify(t.text.slice(0, 40))} is stored ${t.n} times`);
    return problems;
  },
};
