import {
  applyBallotOp,
  ballotProblem,
  dotList,
  dotMap,
  PaperCount as PaperCountSchema,
  resolveDots,
  resolveItem,
  votingClosedMessage,
  type Ballot,
  type BallotOp,
  type EntityUpsert,
  type ItemLookup,
  type PaperCount,
  type PaperLogEntry,
  type VoteRound,
} from "../../../core";
import { prepared, type ReadonlyDatabase } from "../../db/prepared";
import { ballots, paperCounts, paperOfRound, turnoutOf } from "../../db/repos/voting";
import type { CommandContext, CommandOutcome, HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { laptopBallotId, paperCountId, phoneBallotId } from "../voting/keys";
import { dbLookup } from "../voting/lookup";
import { getRound } from "../voting/round-rules";

type VoteMethod = "votes.add" | "votes.remove" | "votes.set" | "votes.mine" | "votes.castFor" | "votes.paper" | "votes.paperLog";

/** The round, if dots can be placed in it now; otherwise a refusal a phone can show. */
function openRound(db: ReadonlyDatabase, roundId: string, at: string): VoteRound {
  const round = getRound(db, roundId);
  const closed = votingClosedMessage(round, Date.parse(at));
  if (closed) throw new RoomError("conflict", closed);
  return round;
}

/** The item that stands for `itemId` now (merged notes count for their survivor), if it is one of the round's. */
function roundItem(round: VoteRound, itemId: string, lookup: ItemLookup): string {
  const resolved = resolveItem(round.target, itemId, lookup);
  if (resolved === null) throw new RoomError("not_found", "That item is no longer on the board.");
  const inRound = round.items.includes(resolved) || round.items.some((id) => resolveItem(round.target, id, lookup) === resolved);
  if (!inRound) throw new RoomError("invalid_input", "That item is not part of this vote.");
  return resolved;
}

const sealedNow = (round: VoteRound) => round.blind && round.status !== "revealed";

const emptyBallot = (round: VoteRound, id: string, source: Ballot["source"]): Ballot => ({
  id,
  eventId: round.eventId,
  roundId: round.id,
  source,
  dots: [],
  sealed: sealedNow(round),
  createdSeq: 0,
  updatedSeq: 0,
});

/** Stores a voter's new dots and answers with the ballot and the round's turnout; nothing changes when the dots are the same. */
function saveBallot(ctx: CommandContext, round: VoteRound, before: Ballot | undefined, next: Ballot): CommandOutcome<Ballot> {
  if (before && JSON.stringify(before.dots) === JSON.stringify(next.dots)) return { value: before, eventId: round.eventId, upserts: [] };
  const value = { ...next, sealed: sealedNow(round), createdSeq: before?.createdSeq ?? ctx.seq, updatedSeq: ctx.seq };
  if (before) ballots.update(ctx.db, value);
  else ballots.insert(ctx.db, value);
  return { value, eventId: round.eventId, upserts: [{ kind: "ballot", value }, { kind: "turnout", value: turnoutOf(ctx.db, round) }] };
}

/** A phone's add, remove or set: its ballot is keyed by its device, and the caps are checked on the merged view of its dots. */
function phoneVote(ctx: CommandContext, roundId: string, op: BallotOp): CommandOutcome<Ballot> {
  const round = openRound(ctx.db, roundId, ctx.at);
  const lookup = dbLookup(ctx.db, round.eventId);
  const itemId = roundItem(round, op.itemId, lookup);
  const id = phoneBallotId(round.id, ctx.actor.deviceId);
  const before = ballots.get(ctx.db, id);
  const current = resolveDots(dotMap(before?.dots ?? []), (i) => resolveItem(round.target, i, lookup));
  const outcome = applyBallotOp(round, current, { ...op, itemId });
  if (!outcome.ok) throw new RoomError("invalid_input", outcome.message);
  return saveBallot(ctx, round, before, { ...emptyBallot(round, id, "phone"), dots: dotList(outcome.dots) });
}

export const voteHandlers: HandlersOf<VoteMethod> = {
  "votes.add": (ctx, input) => phoneVote(ctx, input.roundId, { op: "add", itemId: input.itemId }),
  "votes.remove": (ctx, input) => phoneVote(ctx, input.roundId, { op: "remove", itemId: input.itemId }),
  "votes.set": (ctx, input) => phoneVote(ctx, input.roundId, { op: "set", itemId: input.itemId, dots: input.dots }),

  "votes.mine": (db, { roundId }, actor) => {
    const round = getRound(db, roundId);
    const id = phoneBallotId(round.id, actor.deviceId);
    return ballots.get(db, id) ?? emptyBallot(round, id, "phone");
  },

  "votes.castFor": (ctx, input) => {
    const round = openRound(ctx.db, input.roundId, ctx.at);
    const lookup = dbLookup(ctx.db, round.eventId);
    const dots = new Map<string, number>();
    for (const d of input.dots) {
      if (d.dots === 0) continue;
      const itemId = roundItem(round, d.itemId, lookup);
      if (dots.has(itemId)) throw new RoomError("invalid_input", "An item is listed twice in that ballot.");
      dots.set(itemId, d.dots);
    }
    const problem = ballotProblem(round, dots, () => true);
    if (problem) throw new RoomError("invalid_input", problem);
    const id = laptopBallotId(round.id, input.voterId);
    return saveBallot(ctx, round, ballots.get(ctx.db, id), { ...emptyBallot(round, id, "laptop"), dots: dotList(dots) });
  },

  // Paper is counted after the dots go up, so it is taken in any status but draft; corrections too, each one in the feed.
  // Once the results are revealed and final, corrections are the facilitator's (the report says how many).
  "votes.paper": ({ db, seq, actor }, input) => {
    const round = getRound(db, input.roundId);
    if (round.status === "draft") throw new RoomError("conflict", "Open the round before typing in paper counts.");
    if (round.status === "revealed" && round.final && actor.role !== "facilitator") {
      throw new RoomError("forbidden", "These results are final: only the facilitator can correct their paper counts.");
    }
    const lookup = dbLookup(db, round.eventId);
    const itemId = roundItem(round, input.itemId, lookup);
    const upserts: EntityUpsert[] = [];
    const write = (count: PaperCount, dots: number, isNew: boolean) => {
      const value = { ...count, dots, enteredBy: actor.deviceId, sealed: sealedNow(round), updatedSeq: seq };
      if (isNew) paperCounts.insert(db, value);
      else paperCounts.update(db, value);
      upserts.push({ kind: "paperCount", value });
      return value;
    };
    // The count typed is the item's whole paper count: counts on notes since merged into it are folded in.
    for (const other of paperOfRound(db, round.id))
      if (other.itemId !== itemId && other.dots > 0 && resolveItem(round.target, other.itemId, lookup) === itemId) write(other, 0, false);
    const id = paperCountId(round.id, itemId);
    const before = paperCounts.get(db, id);
    const unchanged = before !== undefined && before.dots === input.dots && upserts.length === 0;
    const fresh: PaperCount = { id, eventId: round.eventId, roundId: round.id, itemId, dots: 0, enteredBy: "", sealed: true, createdSeq: seq, updatedSeq: seq };
    const value = unchanged ? before : write(before ?? fresh, input.dots, !before);
    if (upserts.length) upserts.push({ kind: "turnout", value: turnoutOf(db, round) });
    return { value, eventId: round.eventId, upserts };
  },

  "votes.paperLog": (db, { roundId }) => {
    const round = getRound(db, roundId);
    const rows = prepared(db, `SELECT seq, at, payload FROM change WHERE event_id = ? AND command = 'votes.paper' ORDER BY seq`).all(round.eventId) as { seq: number; at: string; payload: string }[];
    const last = new Map<string, number>();
    const log: PaperLogEntry[] = [];
    for (const row of rows) {
      const { upserts } = JSON.parse(row.payload) as { upserts: { kind: string; value: unknown }[] };
      for (const u of upserts) {
        if (u.kind !== "paperCount") continue;
        const count = PaperCountSchema.parse(u.value);
        if (count.roundId !== round.id) continue;
        log.push({ seq: row.seq, at: row.at, itemId: count.itemId, dots: count.dots, previous: last.get(count.itemId) ?? null, enteredBy: count.enteredBy });
        last.set(count.itemId, count.dots);
      }
    }
    return log;
  },
};
