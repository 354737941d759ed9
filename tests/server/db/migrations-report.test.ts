import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../../src/server/db/migrate";
import { migrations } from "../../../src/server/db/migrations";

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

/** One test per report migration: migrate to the version before, insert rows, migrate, compare. */
describe("report migrations", () => {
  it("0120 adds report drafts and the organiser's names, keeping events, notes and actions as they were", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 110);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO action (id, event_id, text, created_seq, updated_seq) VALUES ('a1', 'e1', 'Bus shelter', 2, 2)`).run();
    const before = db.prepare(`SELECT * FROM action`).all();
    expect(migrate(db, migrations, 120)).toBe(120);
    expect(tables(db)).toEqual(expect.arrayContaining(["report", "redaction_name"]));
    expect(db.prepare(`SELECT * FROM action`).all()).toEqual(before);
    db.prepare(`INSERT INTO report (event_id, draft, updated_at) VALUES ('e1', '{}', 'now')`).run();
    expect(db.prepare(`SELECT sent_on, sent_channels, sent_note, logo FROM report`).get()).toEqual({ sent_on: null, sent_channels: "[]", sent_note: "", logo: null });
    db.prepare(`INSERT INTO redaction_name (name, added_at) VALUES ('Brook House', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO redaction_name (name, added_at) VALUES ('brook house', 'now')`).run()).toThrow(/UNIQUE/);
    db.pragma("foreign_keys = ON");
    db.prepare(`DELETE FROM event WHERE id = 'e1'`).run();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM report`).get()).toEqual({ n: 0 });
  });

  it("0130 adds exports and uploads, keeping drafts as they were", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 120);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO report (event_id, draft, updated_at) VALUES ('e1', '{"version":3}', 'now')`).run();
    const before = db.prepare(`SELECT * FROM report`).all();
    expect(migrate(db, migrations, 130)).toBe(130);
    expect(tables(db)).toEqual(expect.arrayContaining(["report_export", "upload", "upload_chunk"]));
    expect(db.prepare(`SELECT * FROM report`).all()).toEqual(before);
    db.prepare(`INSERT INTO report_export (id, event_id, format, status, token, requested_at) VALUES ('x1', 'e1', 'pdf', 'queued', 't', 'now')`).run();
    expect(db.prepare(`SELECT file_name, bytes, pages, error, finished_at FROM report_export`).get()).toEqual({ file_name: "", bytes: 0, pages: null, error: "", finished_at: null });
    db.prepare(`INSERT INTO upload (id, purpose, total, created_at) VALUES ('u1', 'logo', 1, 'now')`).run();
    db.prepare(`INSERT INTO upload_chunk (upload_id, idx, data) VALUES ('u1', 0, x'89504e47')`).run();
    expect(() => db.prepare(`INSERT INTO upload_chunk (upload_id, idx, data) VALUES ('u1', 0, x'00')`).run()).toThrow(/UNIQUE|PRIMARY/);
    db.pragma("foreign_keys = ON");
    db.prepare(`DELETE FROM upload WHERE id = 'u1'`).run();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM upload_chunk`).get()).toEqual({ n: 0 });
  });
});
