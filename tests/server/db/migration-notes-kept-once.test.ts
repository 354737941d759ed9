import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../../src/server/db/migrate";
import { migrations } from "../../../src/server/db/migrations";
import { changesSince } from "../../../src/server/db/repos/changes";
import { appliedResult } from "../../../src/server/room/applied-commands";
import { eventId } from "../../unit/support/ids";

const WORDS = "Mrs Khan cannot get her prescriptions";

describe("0400 keeps a note's words once", () => {
  it("rewrites older change payloads and command results as references to the note's row, and reads them back as they were", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 260);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('evt_0001', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq, position) VALUES ('note_0001', 'evt_0001', ?, 'dev_1', 2, 2, 2)`).run(WORDS);
    const note = { id: "note_0001", eventId: "evt_0001", promptId: null, themeId: null, text: WORDS, table: "", lang: "", source: "typed", author: null, mergedInto: null, hidden: false, deleted: false, position: 2, createdSeq: 2, updatedSeq: 2 };
    db.prepare(`INSERT INTO change (seq, event_id, command, actor, at, payload) VALUES (2, 'evt_0001', 'notes.add', 'dev_1', '2026-11-14T10:00:00.000Z', ?)`).run(
      JSON.stringify({ upserts: [{ kind: "note", value: note }], deletes: [] }),
    );
    db.prepare(`INSERT INTO applied_command (actor, command_id, method, result, event_id) VALUES ('dev_1', 'cmd_1', 'notes.add', ?, 'evt_0001')`).run(JSON.stringify(note));

    expect(migrate(db, migrations, 400)).toBe(400);

    // The words are in the note's row only.
    const copies = (db.prepare(`SELECT (SELECT COUNT(*) FROM change WHERE payload LIKE '%Khan%') + (SELECT COUNT(*) FROM applied_command WHERE result LIKE '%Khan%') AS n`).get() as { n: number }).n;
    expect(copies).toBe(0);
    migrate(db, migrations); // read back by today's feed
    expect(changesSince(db, eventId("evt_0001"), 0)).toEqual([{ seq: 2, eventId: "evt_0001", command: "notes.add", at: "2026-11-14T10:00:00.000Z", upserts: [{ kind: "note", value: note }], deletes: [] }]);
    expect(appliedResult(db, "dev_1", "cmd_1")).toEqual({ method: "notes.add", result: note });
  });
});
