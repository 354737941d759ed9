import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate } from "../../../src/server/db/migrate";
import { migrations } from "../../../src/server/db/migrations";
import { changesSince, feedSince } from "../../../src/server/db/repos/changes";
import { eventId } from "../../unit/support/ids";

describe("0450 gives every change in the feed its scope", () => {
  it("marks an event's changes as the event's and the thread's as its place's", () => {
    const db = new Database(":memory:");
    migrate(db, migrations, 400);
    db.prepare(`INSERT INTO event (id, kind, title, date, created_seq, updated_seq) VALUES ('evt_0001', 'listening', 'T', '2026-11-14', 1, 1)`).run();
    const insert = db.prepare(`INSERT INTO change (seq, event_id, command, actor, at, payload) VALUES (?, ?, ?, 'hearth', '2026-11-14T10:00:00.000Z', '{"upserts":[]}')`);
    insert.run(1, "evt_0001", "events.create");
    insert.run(2, "hood_0001", "neighbourhoods.create");
    expect(migrate(db, migrations, 450)).toBe(450);
    expect(changesSince(db, eventId("evt_0001"), 0).map((c) => c.command)).toEqual(["events.create"]);
    expect(feedSince(db, { kind: "place", placeId: "hood_0001" }, 0).map((c) => c.command)).toEqual(["neighbourhoods.create"]);
    expect(feedSince(db, { kind: "event", eventId: eventId("hood_0001") }, 0)).toEqual([]);
  });
});
