import { describe, expect, it } from "vitest";
import { readInbox, type LocalChanges } from "../../../src/server/hub/inbox";
import { ledger } from "../../../src/server/hub/ledger";
import { useRooms } from "../support/room-fixture";

const measure = { _id: "measure:mmmmmmmm1", _rev: "1-a", kind: "measure", value: { id: "mmmmmmmm1", neighbourhoodId: "nnnnnnnn1", priorityId: null, kind: "series", name: "Lights working", unit: "%", source: "", seq: 4 } };
const reading = { _id: "reading:rrrrrrrr1", _rev: "1-b", kind: "reading", value: { id: "rrrrrrrr1", measureId: "mmmmmmmm1", on: "2026-07-03", value: 60, text: "", source: "Survey", seq: 5 } };
const hood = { _id: "neighbourhood:nnnnnnnn1", _rev: "1-c", kind: "neighbourhood", value: { id: "nnnnnnnn1", name: "Elm Road estate", partnershipId: null, mergedInto: null, createdSeq: 1, updatedSeq: 1 } };

/** The laptop's replica as the inbox reads it: its changes in order, and each document by id. */
function replica(docs: { _id: string }[]): LocalChanges & { reads: number } {
  const r = {
    reads: 0,
    async changes(o: { since: string | number; limit: number }) {
      r.reads++;
      const from = Number(o.since);
      const page = docs.slice(from, from + o.limit).map((doc, i) => ({ id: doc._id, seq: from + i + 1, doc }));
      return { results: page, last_seq: from + page.length };
    },
    async get(id: string) {
      const doc = docs.find((d) => d._id === id);
      if (!doc) throw new Error("missing");
      return doc;
    },
  };
  return r;
}

const count = (db: import("better-sqlite3").Database, table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("applying what arrives from the hub", () => {
  const rooms = useRooms();

  it("waits with a reading that arrives before its measure, applies it once the measure is here, and applies nothing twice", async () => {
    const r = rooms.start();
    const docs: { _id: string }[] = [reading, hood];
    const local = replica(docs);
    await readInbox(r.room, local);
    expect(count(r.db, "measure_reading")).toBe(0);
    expect(ledger.pending(r.db)).toEqual(["reading:rrrrrrrr1"]);
    docs.push(measure);
    await readInbox(r.room, local);
    expect([count(r.db, "neighbourhood"), count(r.db, "measure"), count(r.db, "measure_reading")]).toEqual([1, 1, 1]);
    expect(ledger.pending(r.db)).toEqual([]);
    // Read again from the start (a lost position, a restart): the same rows, no new change in the feed.
    const feed = count(r.db, "change");
    ledger.set(r.db, "inbox_seq", "0");
    await readInbox(r.room, local);
    expect([count(r.db, "neighbourhood"), count(r.db, "measure"), count(r.db, "measure_reading"), count(r.db, "change")]).toEqual([1, 1, 1, feed]);
  });

  it("keeps where it got to across a restart, in the laptop's own database", async () => {
    const dir = rooms.tempDir();
    const first = rooms.start(dir);
    await readInbox(first.room, replica([hood, measure]));
    expect(ledger.get(first.db, "inbox_seq")).toBe("2");
    first.close();
    const again = rooms.start(dir);
    expect(ledger.get(again.db, "inbox_seq")).toBe("2");
    expect(count(again.db, "measure")).toBe(1);
  });
});
