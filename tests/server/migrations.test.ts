import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate, NewerDatabaseError, schemaVersion } from "../../src/server/db/migrate";
import { migrations } from "../../src/server/db/migrations";
import type { Migration } from "../../src/server/db/migrations/migration";

const tables = (db: Database.Database) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);

describe("migrations", () => {
  it("are numbered in tens, in order, each once", () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(v % 10).toBe(0);
  });

  it("0010 creates events, notes, the change feed and the applied-command record", () => {
    const db = new Database(":memory:");
    expect(migrate(db, migrations, 10)).toBe(10);
    expect(tables(db)).toEqual(["applied_command", "change", "event", "note"]);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq) VALUES ('n1', 'e1', 'hi', 'facilitator', 2, 2)`).run();
    const note = db.prepare(`SELECT table_label, source FROM note WHERE id = 'n1'`).get();
    expect(note).toEqual({ table_label: "", source: "typed" });
    // STRICT tables refuse a wrong type instead of storing it.
    expect(() => db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e2', 'x', 'T', 'd', 'one', 1)`).run()).toThrow();
  });

  it("0020 adds the run sheet, themes and actions, and keeps existing events and notes", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 10);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq) VALUES ('n1', 'e1', 'hi', 'facilitator', 2, 2)`).run();
    expect(migrate(db, migrations, 20)).toBe(20);
    expect(tables(db)).toEqual(["action", "applied_command", "change", "event", "note", "prompt", "stage", "theme"]);
    expect(db.prepare(`SELECT feedback_due_on, partnership, attribution, current_stage_id FROM event`).get()).toEqual({
      feedback_due_on: "2026-11-24",
      partnership: "",
      attribution: 0,
      current_stage_id: null,
    });
    expect(db.prepare(`SELECT text, position, theme_id, hidden, deleted, lang FROM note`).get()).toEqual({
      text: "hi",
      position: 2,
      theme_id: null,
      hidden: 0,
      deleted: 0,
      lang: "",
    });
    db.prepare(`INSERT INTO theme (id, event_id, title, position, created_seq, updated_seq) VALUES ('t1', 'e1', 'Transport', 1, 3, 3)`).run();
    db.prepare(`UPDATE note SET theme_id = 't1'`).run();
    db.pragma("foreign_keys = ON");
    expect(() => db.prepare(`UPDATE note SET theme_id = 'missing'`).run()).toThrow(/FOREIGN KEY/);
  });

  it("0050 adds the staging table for imports in parts, and keeps existing notes", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 40);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq) VALUES ('n1', 'e1', 'hi', 'facilitator', 2, 2)`).run();
    const before = db.prepare(`SELECT * FROM note`).all();
    expect(migrate(db, migrations, 50)).toBe(50);
    expect(tables(db)).toContain("note_import_part");
    expect(db.prepare(`SELECT * FROM note`).all()).toEqual(before);
    db.prepare(`INSERT INTO note_import_part (import_id, part, event_id, actor, notes, staged_at) VALUES ('i1', 0, 'e1', 'facilitator', '[]', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO note_import_part (import_id, part, event_id, actor, notes, staged_at) VALUES ('i1', 0, 'e1', 'x', '[]', 'now')`).run()).toThrow(/UNIQUE/);
  });

  it("0060 adds the note's author (empty for existing notes) and the board's indexes", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 50);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq) VALUES ('n1', 'e1', 'hi', 'laptop-a', 2, 2)`).run();
    expect(migrate(db, migrations, 60)).toBe(60);
    expect(db.prepare(`SELECT text, author, author_device FROM note`).get()).toEqual({ text: "hi", author: null, author_device: "laptop-a" });
    const indexes = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'note'`).all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(["note_by_theme", "note_by_merged_into", "note_hidden_by_event"]));
  });

  it("runs every pending migration in one transaction: a failure leaves the schema as it was", () => {
    const db = new Database(":memory:");
    const broken: Migration[] = [
      ...migrations,
      { version: 9990, name: "good", up: "CREATE TABLE extra (x INTEGER) STRICT" },
      { version: 10000, name: "bad", up: "CREATE TABLE broken (" },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it("refuses a database written by a newer version, and changes nothing", () => {
    const db = new Database(":memory:");
    migrate(db);
    db.pragma("user_version = 99990");
    expect(() => migrate(db)).toThrow(NewerDatabaseError);
    expect(() => migrate(db)).toThrow(/newer version of Hearth/);
    expect(schemaVersion(db)).toBe(99990);
  });

  it("is a no-op when up to date", () => {
    const db = new Database(":memory:");
    const v = migrate(db);
    expect(migrate(db)).toBe(v);
  });
});
