import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { NoteLedger, notesKind } from "../../scripts/soak/ledger";
import { migrate } from "../../src/server/db/migrate";

/** A database with the given notes and notes.add changes, as a room would have written them. */
function roomDb(notes: [id: string, text: string][], adds: string[] = notes.map(([id]) => id)) {
  const db = new Database(":memory:");
  migrate(db);
  db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('evt_ledger1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
  let seq = 2;
  for (const [id, text] of notes) db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq) VALUES (?, 'evt_ledger1', ?, 'x', ?, ?)`).run(id, text, seq, seq++);
  for (const id of adds) {
    db.prepare(`INSERT INTO change (seq, event_id, command, actor, at, payload) VALUES (?, 'evt_ledger1', 'notes.add', 'x', 'now', ?)`).run(
      seq++,
      JSON.stringify({ upserts: [{ kind: "note", value: { id } }], deletes: [] }),
    );
  }
  return db;
}

const ledger = (acked: [string, string][]) => {
  const l = new NoteLedger();
  for (const [id, text] of acked) (l.sent.set(id, text), l.acked.set(id, text));
  return l;
};

describe("the notes ledger check", () => {
  it("passes when the database holds exactly the acknowledged notes", () => {
    expect(notesKind.check(roomDb([["n1", "a"], ["n2", "b"]]), [ledger([["n1", "a"]]), ledger([["n2", "b"]])])).toEqual([]);
  });
  it("finds a lost note, an unacknowledged one, a changed text and a doubled add", () => {
    const db = roomDb(
      [
        ["n1", "a"],
        ["n3", "c"],
        ["n4", "different"],
        ["n5", "a"],
      ],
      ["n1", "n3", "n4", "n4", "n5"],
    );
    const problems = notesKind.check(db, [ledger([["n1", "a"], ["n2", "b"], ["n4", "d"], ["n5", "a"]])]);
    expect(problems).toEqual([
      "acknowledged note n2 is missing",
      'note n4 has text "different", the ledger says "d"',
      "note n3 is in the database but was never acknowledged",
      "note n4 was added 2 times",
      'the text "a" is stored 2 times',
    ]);
  });
});
