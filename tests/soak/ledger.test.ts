import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { NoteLedger, notesKind } from "../../scripts/soak/ledger";
import { VoteLedger, votesKind } from "../../scripts/soak/vote-ledger";
import { phoneBallotId } from "../../src/server/room/voting/keys";
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
      JSON.stringify({ upserts: [{ kind: "note", ref: id }] }),
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

/** A database with one round (5 dots a voter, at most 2 on an item) and the given phone ballots and vote changes. */
function votingDb(ballots: [deviceId: string, dots: Record<string, number>][], changes: [deviceId: string, n: number][]) {
  const db = roomDb([]);
  db.prepare(`INSERT INTO vote_round (id, event_id, title, target, dots_per_voter, max_per_item, blind, created_seq, updated_seq) VALUES ('round_l1', 'evt_ledger1', 'R', 'notes', 5, 2, 1, 1, 1)`).run();
  let seq = 100;
  for (const [deviceId, dots] of ballots) {
    const list = Object.entries(dots).map(([itemId, n]) => ({ itemId, dots: n }));
    const total = list.reduce((a, d) => a + d.dots, 0);
    db.prepare(`INSERT INTO ballot (id, event_id, round_id, source, dots, total, sealed, created_seq, updated_seq) VALUES (?, 'evt_ledger1', 'round_l1', 'phone', ?, ?, 1, ?, ?)`).run(
      phoneBallotId("round_l1", deviceId),
      JSON.stringify(list),
      total,
      seq,
      seq++,
    );
  }
  for (const [deviceId, n] of changes) {
    for (let i = 0; i < n; i++) db.prepare(`INSERT INTO change (seq, event_id, command, actor, at, payload) VALUES (?, 'evt_ledger1', 'votes.add', ?, 'now', '{"upserts":[],"deletes":[]}')`).run(seq++, deviceId);
  }
  return db;
}

/** A voter whose acknowledged taps were these adds (+) and removes (-), in order. */
function voter(deviceId: string, taps: [item: string, delta: 1 | -1][]) {
  const l = new VoteLedger(`voter ${deviceId}`);
  l.deviceId = deviceId;
  for (const [item, delta] of taps) l.acked("round_l1", item, delta);
  l.sent = taps.length;
  return l;
}

describe("the votes ledger check", () => {
  it("passes when each ballot is its voter's acknowledged dots, each applied once", () => {
    const a = voter("dev_a", [["n1", 1], ["n1", 1], ["n2", 1], ["n2", -1], ["n3", 1]]);
    const b = voter("dev_b", [["n2", 1]]);
    expect(votesKind.check(votingDb([["dev_a", { n1: 2, n3: 1 }], ["dev_b", { n2: 1 }]], [["dev_a", 5], ["dev_b", 1]]), [a, b])).toEqual([]);
  });

  it("finds a lost dot, a doubled dot, a replay applied twice, caps broken and a ballot nobody cast", () => {
    const a = voter("dev_a", [["n1", 1], ["n2", 1]]);
    const b = voter("dev_b", [["n1", 1]]);
    const c = voter("dev_c", [["n1", 1], ["n1", 1], ["n2", 1], ["n3", 1], ["n4", 1]]);
    const db = votingDb(
      [
        ["dev_a", { n1: 1 }], // n2 lost
        ["dev_b", { n1: 2 }], // doubled
        ["dev_c", { n1: 3, n2: 1, n3: 1, n4: 1 }], // over both caps
        ["dev_x", { n5: 1 }], // nobody's
      ],
      [["dev_a", 2], ["dev_b", 2], ["dev_c", 5]],
    );
    expect(votesKind.check(db, [a, b, c])).toEqual([
      'voter dev_a in round_l1: the room has {"n1":1}, the ledger says {"n1":1,"n2":1}',
      'voter dev_b in round_l1: the room has {"n1":2}, the ledger says {"n1":1}',
      "voter dev_b: 1 dot placed or taken back, but 2 in the change feed",
      'voter dev_c in round_l1: the room has {"n1":3,"n2":1,"n3":1,"n4":1}, the ledger says {"n1":2,"n2":1,"n3":1,"n4":1}',
      "voter dev_c in round_l1: 6 dots, over the 5 allowed",
      "voter dev_c in round_l1: 3 dots on n1, over the 2 allowed",
      `ballot ${phoneBallotId("round_l1", "dev_x")} in round_l1 (1 dot) belongs to no voter's ledger`,
    ]);
  });

  it("counts a resent tap answered differently as a broken promise", () => {
    const a = voter("dev_a", [["n1", 1]]);
    a.replaysDiffering = 1;
    expect(votesKind.check(votingDb([["dev_a", { n1: 1 }]], [["dev_a", 1]]), [a])).toEqual(["voter dev_a: 1 resent taps were answered differently the second time"]);
  });
});
