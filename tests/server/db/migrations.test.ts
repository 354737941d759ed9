import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate, NewerDatabaseError, schemaVersion } from "../../../src/server/db/migrate";
import { migrations } from "../../../src/server/db/migrations";
import type { Migration } from "../../../src/server/db/migrations/migration";

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

  it("0030 adds the neighbourhood and partnership lists, filled from the names events already use", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 20);
    const insert = db.prepare(
      `INSERT INTO event (id, kind, title, date, neighbourhood, partnership, created_seq, updated_seq) VALUES (?, 'listening', 'T', '2026-11-14', ?, ?, ?, ?)`,
    );
    insert.run("e1", "Elm Road", "Elm Road Partnership", 1, 1);
    insert.run("e2", "elm road", "", 2, 2);
    insert.run("e3", "Brookside", "", 3, 3);
    insert.run("e4", "", "Wirral West", 4, 4);
    expect(migrate(db, migrations, 30)).toBe(30);
    expect(tables(db)).toEqual(expect.arrayContaining(["neighbourhood", "partnership"]));
    expect(db.prepare(`SELECT name, created_seq FROM neighbourhood ORDER BY created_seq`).all()).toEqual([
      { name: "Elm Road", created_seq: 1 },
      { name: "Brookside", created_seq: 3 },
    ]);
    expect(db.prepare(`SELECT name FROM partnership ORDER BY name`).all()).toEqual([{ name: "Elm Road Partnership" }, { name: "Wirral West" }]);
    expect(db.prepare(`SELECT id, neighbourhood FROM event ORDER BY id`).all()).toHaveLength(4);
    // One name whatever its case.
    expect(() => db.prepare(`INSERT INTO neighbourhood (name, created_seq) VALUES ('BROOKSIDE', 5)`).run()).toThrow(/UNIQUE/);
  });

  it("0040 adds saved templates, unique by name whatever its case, and keeps everything else", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 30);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO neighbourhood (name, created_seq) VALUES ('Elm Road', 1)`).run();
    const before = { event: db.prepare(`SELECT * FROM event`).all(), neighbourhood: db.prepare(`SELECT * FROM neighbourhood`).all() };
    expect(migrate(db, migrations, 40)).toBe(40);
    expect(tables(db)).toContain("template");
    expect({ event: db.prepare(`SELECT * FROM event`).all(), neighbourhood: db.prepare(`SELECT * FROM neighbourhood`).all() }).toEqual(before);
    const add = db.prepare(`INSERT INTO template (id, name, kind, stages, source_event_id, created_seq) VALUES (?, ?, 'listening', '[]', ?, 2)`);
    add.run("t1", "Our evening", "e1");
    expect(() => add.run("t2", "OUR EVENING", null)).toThrow(/UNIQUE/);
    // A template outlives the event it was saved from.
    db.pragma("foreign_keys = ON");
    db.prepare(`DELETE FROM event WHERE id = 'e1'`).run();
    expect(db.prepare(`SELECT id, source_event_id FROM template`).all()).toEqual([{ id: "t1", source_event_id: null }]);
  });

  it("0160 adds the projector screen, one per event, removed with its event", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 20);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    migrate(db, migrations, 160);
    expect(tables(db)).toContain("screen");
    db.pragma("foreign_keys = ON");
    db.prepare(`INSERT INTO screen (id, event_id, updated_seq) VALUES ('e1', 'e1', 2)`).run();
    expect(db.prepare(`SELECT view, contrast, show_join, spotlight FROM screen`).get()).toEqual({ view: "auto", contrast: "dark", show_join: 1, spotlight: null });
    db.prepare(`DELETE FROM event WHERE id = 'e1'`).run();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM screen`).get()).toEqual({ n: 0 });
  });

  it("0070 adds devices and join credentials, keeps what was there, and refuses a second device with the same key", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 60);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq) VALUES ('n1', 'e1', 'hi', 'facilitator', 2, 2)`).run();
    const before = db.prepare(`SELECT * FROM note`).all();
    expect(migrate(db, migrations, 70)).toBe(70);
    expect(tables(db)).toEqual(expect.arrayContaining(["device", "join_credential"]));
    expect(db.prepare(`SELECT * FROM note`).all()).toEqual(before);
    db.prepare(`INSERT INTO join_credential (id, event_id, kind, role, secret_hash, created_at) VALUES ('c1', 'e1', 'token', 'notetaker', 'h1', 'now')`).run();
    const device = db.prepare(
      `INSERT INTO device (id, event_id, role, label, key_hash, state, joined_via, created_at) VALUES (?, 'e1', 'participant', 'Phone', ?, 'waiting', 'code', 'now')`,
    );
    device.run("d1", "k1");
    expect(() => device.run("d2", "k1")).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE device SET state = 'admin' WHERE id = 'd1'`).run()).toThrow(/CHECK/);
    expect(db.prepare(`SELECT state, approved_at, last_seen_at FROM device`).get()).toEqual({ state: "waiting", approved_at: null, last_seen_at: null });
  });

  it("0100 adds dot voting (rounds, ballots, paper counts) and keeps what was there", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 90);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('e1', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq) VALUES ('n1', 'e1', 'hi', 'facilitator', 2, 2)`).run();
    const before = db.prepare(`SELECT * FROM note`).all();
    expect(migrate(db, migrations, 100)).toBe(100);
    expect(tables(db)).toEqual(expect.arrayContaining(["ballot", "paper_count", "vote_round"]));
    expect(db.prepare(`SELECT * FROM note`).all()).toEqual(before);
    db.prepare(
      `INSERT INTO vote_round (id, event_id, title, target, items, dots_per_voter, max_per_item, blind, created_seq, updated_seq)
       VALUES ('r1', 'e1', 'Residents', 'notes', '["n1"]', 3, 2, 1, 3, 3)`,
    ).run();
    db.prepare(`INSERT INTO ballot (id, event_id, round_id, source, dots, total, sealed, created_seq, updated_seq) VALUES ('b1', 'e1', 'r1', 'phone', '[{"itemId":"n1","dots":2}]', 2, 1, 4, 4)`).run();
    db.prepare(`INSERT INTO paper_count (id, event_id, round_id, item_id, dots, entered_by, sealed, created_seq, updated_seq) VALUES ('p1', 'e1', 'r1', 'n1', 5, 'facilitator', 1, 5, 5)`).run();
    expect(db.prepare(`SELECT status, final, fixed_items, theme_ids, runoff_of FROM vote_round`).get()).toEqual({
      status: "draft",
      final: 0,
      fixed_items: 0,
      theme_ids: "[]",
      runoff_of: null,
    });
    // One paper count per item per round, never negative.
    expect(() => db.prepare(`INSERT INTO paper_count (id, event_id, round_id, item_id, dots, entered_by, sealed, created_seq, updated_seq) VALUES ('p2', 'e1', 'r1', 'n1', 1, 'x', 1, 6, 6)`).run()).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE paper_count SET dots = -1`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE ballot SET total = -1`).run()).toThrow(/CHECK/);
    db.pragma("foreign_keys = ON");
    db.prepare(`DELETE FROM event WHERE id = 'e1'`).run();
    expect(db.prepare(`SELECT (SELECT COUNT(*) FROM vote_round) + (SELECT COUNT(*) FROM ballot) + (SELECT COUNT(*) FROM paper_count) AS n`).get()).toEqual({ n: 0 });
  });

  it("0140 adds retention, the event of each stored command result, and the sequence floor", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 130);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('evt_0000001', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    db.prepare(`INSERT INTO note (id, event_id, text, author_device, created_seq, updated_seq) VALUES ('note_000001', 'evt_0000001', 'hi', 'facilitator', 2, 2)`).run();
    const record = db.prepare(`INSERT INTO applied_command (actor, command_id, method, result) VALUES ('facilitator', ?, ?, ?)`);
    record.run("cmd_1", "events.create", JSON.stringify({ id: "evt_0000001", title: "T" }));
    record.run("cmd_2", "notes.add", JSON.stringify({ id: "note_000001", eventId: "evt_0000001", text: "hi" }));
    record.run("cmd_3", "notes.add", "not json");
    expect(migrate(db, migrations, 140)).toBe(140);
    expect(db.prepare(`SELECT retention_months FROM event`).get()).toEqual({ retention_months: null });
    expect(db.prepare(`SELECT command_id, event_id FROM applied_command ORDER BY command_id`).all()).toEqual([
      { command_id: "cmd_1", event_id: "evt_0000001" },
      { command_id: "cmd_2", event_id: "evt_0000001" },
      { command_id: "cmd_3", event_id: null },
    ]);
    expect(tables(db)).toContain("room_meta");
    expect(db.prepare(`SELECT text FROM note`).get()).toEqual({ text: "hi" });
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
