import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../../src/server/db/migrate";
import { migrations } from "../../../src/server/db/migrations";
import { neighbourhoodOfEvent, neighbourhoods, partnershipOfEvent } from "../../../src/server/db/repos/places";
import { getEvent } from "../../../src/server/db/repos/events";

describe("0300 neighbourhood thread", () => {
  it("gives every neighbourhood and partnership name in use a record with an id, and joins each neighbourhood to its latest event's partnership", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 160);
    const insert = db.prepare(
      `INSERT INTO event (id, kind, title, neighbourhood, partnership, date, feedback_due_on, created_seq, updated_seq) VALUES (?, 'listening', 'T', ?, ?, ?, '2026-12-31', ?, ?)`,
    );
    insert.run("event-one1", "Elm Road estate", "Old board", "2025-01-10", 1, 1);
    insert.run("event-two2", "elm road estate", "North Elm partnership", "2026-03-10", 2, 2);
    insert.run("event-three", "Brook House", "", "2026-04-10", 3, 3);
    db.prepare(`INSERT OR IGNORE INTO neighbourhood (name, created_seq) VALUES ('Elm Road estate', 1), ('Brook House', 3)`).run();
    db.prepare(`INSERT OR IGNORE INTO partnership (name, created_seq) VALUES ('Old board', 1), ('North Elm partnership', 2)`).run();
    expect(migrate(db, migrations, 300)).toBe(300);
    const hoods = (db.prepare(`SELECT * FROM neighbourhood ORDER BY created_seq`).all() as Record<string, unknown>[]).map(neighbourhoods.fromRow);
    expect(hoods.map((n) => n.name)).toEqual(["Elm Road estate", "Brook House"]);
    for (const n of hoods) expect(n.id).toMatch(/^[0-9a-f]{32}$/);
    const elm = neighbourhoodOfEvent(db, getEvent(db, "event-two2")!)!;
    expect(elm.id).toBe(hoods[0]!.id);
    expect(elm.partnershipId).toBe(partnershipOfEvent(db, getEvent(db, "event-two2")!)!.id);
    expect(hoods[1]!.partnershipId).toBeNull();
    for (const t of ["priority", "priority_quote", "priority_status", "theme_priority", "action_priority", "action_progress", "win", "measure", "measure_reading", "experiment"])
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
  });
});
