import type { Database } from "better-sqlite3";
import { phoneBallotId } from "../../src/server/room/voting/keys";
import type { Ledger, LedgerKind } from "./ledger";

type Tally = Map<string, number>;

/**
 * One simulated voter's dots: for each round, the dots on each item as the acknowledged adds
 * and removes leave them (the voter's own count, never the room's answer), and how many of
 * those commands the room acknowledged. The device id is the room's: a phone's ballot is
 * keyed by its device, never by a field it sends.
 */
export class VoteLedger implements Ledger {
  readonly kind = "vote";
  deviceId: string | undefined;
  readonly rounds = new Map<string, Tally>();
  /** Acknowledged adds and removes: each is one change in the feed, however often it was sent. */
  appliedOps = 0;
  sent = 0;
  readonly refused = new Map<string, string>();
  /** Taps sent again with the same command id (as after a lost answer) whose answer was not the first one's. */
  replaysDiffering = 0;
  replays = 0;
  readonly ackTimes: number[] = [];

  constructor(readonly name: string) {}

  tally(roundId: string): Tally {
    let t = this.rounds.get(roundId);
    if (!t) this.rounds.set(roundId, (t = new Map()));
    return t;
  }

  /** Records an acknowledged add (+1) or remove (-1) of one dot. */
  acked(roundId: string, itemId: string, delta: 1 | -1): void {
    const t = this.tally(roundId);
    const n = (t.get(itemId) ?? 0) + delta;
    if (n === 0) t.delete(itemId);
    else t.set(itemId, n);
    this.appliedOps++;
  }

  get counts() {
    return { sent: this.sent, acked: this.appliedOps, refused: this.refused.size };
  }
}

const dots = (n: number) => `${n} dot${n === 1 ? "" : "s"}`;

const show = (t: ReadonlyMap<string, number>) =>
  JSON.stringify(Object.fromEntries([...t].sort(([a], [b]) => a.localeCompare(b))));

interface BallotRow {
  id: string;
  dots: string;
  total: number;
}

/**
 * "Each voter's dots equal its ledger and respect the caps", checked after every run:
 * every voter's ballot holds exactly its acknowledged dots, within the round's dots per
 * voter and dots per item; its adds and removes are in the change feed once each (a replay
 * after a drop or a SIGKILL adds nothing); and no phone ballot belongs to no voter.
 */
export const votesKind: LedgerKind<VoteLedger> = {
  kind: "vote",
  check(db, ledgers) {
    const problems: string[] = [];
    const caps = new Map(
      (db.prepare(`SELECT id, dots_per_voter AS perVoter, max_per_item AS perItem FROM vote_round`).all() as { id: string; perVoter: number; perItem: number }[]).map((r) => [r.id, r]),
    );
    const ballot = db.prepare(`SELECT id, dots, total FROM ballot WHERE id = ?`);
    const changesBy = db.prepare(`SELECT COUNT(*) AS n FROM change WHERE actor = ? AND command IN ('votes.add', 'votes.remove')`);
    const expected = new Set<string>();
    for (const l of ledgers) {
      if (!l.deviceId) {
        if (l.appliedOps > 0) problems.push(`${l.name}: dots acknowledged, but the voter never learned its device`);
        continue;
      }
      for (const [roundId, tally] of l.rounds) {
        const cap = caps.get(roundId);
        if (!cap) {
          problems.push(`${l.name}: round ${roundId} is missing`);
          continue;
        }
        const id = phoneBallotId(roundId, l.deviceId);
        expected.add(id);
        const row = ballot.get(id) as BallotRow | undefined;
        const stored = new Map((row ? (JSON.parse(row.dots) as { itemId: string; dots: number }[]) : []).filter((d) => d.dots > 0).map((d) => [d.itemId, d.dots]));
        if (show(stored) !== show(tally)) problems.push(`${l.name} in ${roundId}: the room has ${show(stored)}, the ledger says ${show(tally)}`);
        const total = [...stored.values()].reduce((a, b) => a + b, 0);
        if (row && row.total !== total) problems.push(`${l.name} in ${roundId}: the ballot's total is ${row.total}, its dots add up to ${total}`);
        if (total > cap.perVoter) problems.push(`${l.name} in ${roundId}: ${dots(total)}, over the ${cap.perVoter} allowed`);
        for (const [item, n] of stored) if (n > cap.perItem) problems.push(`${l.name} in ${roundId}: ${dots(n)} on ${item}, over the ${cap.perItem} allowed`);
      }
      const { n } = changesBy.get(l.deviceId) as { n: number };
      if (n !== l.appliedOps) problems.push(`${l.name}: ${dots(l.appliedOps)} placed or taken back, but ${n} in the change feed`);
      if (l.replaysDiffering > 0) problems.push(`${l.name}: ${l.replaysDiffering} resent taps were answered differently the second time`);
    }
    const rounds = [...new Set(ledgers.flatMap((l) => [...l.rounds.keys()]))];
    const stray = db.prepare(`SELECT id, total FROM ballot WHERE round_id = ? AND source = 'phone' AND total > 0`);
    for (const roundId of rounds) {
      for (const b of stray.all(roundId) as { id: string; total: number }[]) {
        if (!expected.has(b.id)) problems.push(`ballot ${b.id} in ${roundId} (${dots(b.total)}) belongs to no voter's ledger`);
      }
    }
    return problems;
  },
};
