import type { Database } from "better-sqlite3";
import type { Migration } from "./migration";

interface StoredUpsert {
  kind: string;
  value?: { id?: unknown };
  ref?: string;
}

/**
 * A note's words are kept in its row; the change feed and the stored command result point to
 * it instead of copying it (repos/changes.ts, room/applied-commands.ts):
 * - a note in a change's payload is `{"kind": "note", "ref": id}`;
 * - `applied_command.result_note`: a command whose result is the note it wrote (notes.add)
 *   stores the note's id, and a replay answers with the note from its row.
 * - a payload with nothing deleted leaves out its empty list of deletes.
 * Rows written before this step are rewritten the same way, so no earlier copy is left.
 */
export const migration0400: Migration = {
  version: 400,
  name: "notes kept once",
  up: (db: Database) => {
    // Without a rowid: the table is its own index on (actor, command_id), not a copy of it beside the rows.
    // No index by event: only deleting an event (or its notes) looks rows up that way, rarely, and a scan does.
    db.exec(`
      CREATE TABLE applied_command_keyed (
        actor TEXT NOT NULL,
        command_id TEXT NOT NULL,
        method TEXT NOT NULL,
        result TEXT NOT NULL,
        event_id TEXT,
        result_note TEXT,
        PRIMARY KEY (actor, command_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO applied_command_keyed (actor, command_id, method, result, event_id, result_note)
        SELECT actor, command_id, method, result, event_id, NULL FROM applied_command;
      DROP TABLE applied_command;
      ALTER TABLE applied_command_keyed RENAME TO applied_command;
      UPDATE applied_command SET result_note = json_extract(result, '$.id'), result = ''
        WHERE method = 'notes.add' AND json_valid(result) AND json_extract(result, '$.id') IN (SELECT id FROM note);
    `);
    const rows = db.prepare(`SELECT seq, payload FROM change WHERE payload LIKE '%"kind":"note"%'`).all() as { seq: number; payload: string }[];
    const update = db.prepare(`UPDATE change SET payload = ? WHERE seq = ?`);
    for (const row of rows) {
      const payload = JSON.parse(row.payload) as { upserts: StoredUpsert[]; deletes?: unknown[] };
      const upserts = payload.upserts.map((u) => (u.kind === "note" && typeof u.value?.id === "string" ? { kind: "note", ref: u.value.id } : u));
      update.run(JSON.stringify(payload.deletes?.length ? { upserts, deletes: payload.deletes } : { upserts }), row.seq);
    }
  },
};
