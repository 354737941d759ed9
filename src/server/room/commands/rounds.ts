import {
  MINUTE_MS,
  pauseTimer,
  roundItems,
  roundResults,
  ROUND_TITLE_MAX,
  roundSettingsProblem,
  startTimer,
  suggestDotBudget,
  timerFromMinutes,
  topItems,
  type EntityUpsert,
  type RoundStatus,
  type Timer,
  type VoteRound,
} from "../../../core";
import { ballots, paperCounts, rounds, ballotsOfRound, paperOfRound, turnoutOf } from "../../db/repos/voting";
import type { CommandContext, CommandOutcome, HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { dbLookup } from "../voting/lookup";
import { checkItems, checkScope, getRound, roundData, saveRound, scopeItems } from "../voting/round-rules";
import { requireEvent } from "../../db/repos/events";

type RoundMethod =
  | "rounds.create"
  | "rounds.update"
  | "rounds.open"
  | "rounds.pause"
  | "rounds.close"
  | "rounds.reveal"
  | "rounds.markFinal"
  | "rounds.duplicate";

const settingsRefused = (problem: string | null) => {
  if (problem) throw new RoomError("invalid_input", problem);
};

// A round's timer is optional; its arithmetic is the run sheet's (src/core/timer.ts).
const timerOf = (minutes: number | null): Timer | null => (minutes === null ? null : timerFromMinutes(minutes));
const timerMinutes = (timer: Timer | null) => (timer === null ? null : Math.round(timer.durationMs / MINUTE_MS));
const stopTimer = (timer: Timer | null, now: number): Timer | null => timer && pauseTimer(timer, now);
const resumeTimer = (timer: Timer | null, now: number): Timer | null => timer && startTimer(timer, now);

const STATUS_WORDS: Record<RoundStatus, string> = {
  draft: "not open yet",
  open: "open",
  paused: "paused",
  closed: "closed",
  revealed: "revealed",
};

/** A status change allowed only from some statuses, with a message naming where the round is. */
function transition(from: readonly RoundStatus[], to: RoundStatus, apply: (ctx: CommandContext, round: VoteRound, now: number) => CommandOutcome<VoteRound>) {
  return (ctx: CommandContext, { roundId }: { roundId: string }): CommandOutcome<VoteRound> => {
    const round = getRound(ctx.db, roundId);
    if (round.status === to) return { value: round, eventId: round.eventId, upserts: [] }; // already there: harmless
    if (!from.includes(round.status)) throw new RoomError("conflict", `This round is ${STATUS_WORDS[round.status]}, so it cannot be made ${STATUS_WORDS[to]}.`);
    return apply(ctx, round, Date.parse(ctx.at));
  };
}

export const roundHandlers: HandlersOf<RoundMethod> = {
  "rounds.create": ({ db, seq }, input) => {
    requireEvent(db, input.eventId);
    const existing = rounds.get(db, input.id);
    if (existing) {
      if (existing.eventId === input.eventId && existing.title === input.title) return { value: existing, eventId: existing.eventId, upserts: [] };
      throw new RoomError("conflict", "A voting round with that id already exists.");
    }
    checkScope(db, input.eventId, input);
    settingsRefused(roundSettingsProblem(input));
    const round: VoteRound = {
      id: input.id,
      eventId: input.eventId,
      title: input.title,
      target: input.target,
      themeIds: input.themeIds,
      promptIds: input.promptIds,
      items: input.items ? checkItems(db, input.eventId, input.target, input.items) : scopeItems(db, { ...input }),
      fixedItems: input.items !== null,
      dotsPerVoter: input.dotsPerVoter,
      maxPerItem: input.maxPerItem,
      blind: input.blind,
      timer: timerOf(input.timerMinutes),
      status: "draft",
      final: false,
      runoffOf: null,
      createdSeq: seq,
      updatedSeq: seq,
    };
    rounds.insert(db, round);
    return { value: round, eventId: round.eventId, upserts: [{ kind: "round", value: round }, { kind: "turnout", value: turnoutOf(db, round) }] };
  },

  "rounds.update": ({ db, seq }, { roundId, timerMinutes, items, ...changes }) => {
    const round = getRound(db, roundId);
    if (round.status !== "draft")
      throw new RoomError("conflict", "This round has started, so its settings can no longer change. Duplicate it to vote again differently.");
    const next: VoteRound = { ...round, ...changes, timer: timerMinutes === undefined ? round.timer : timerOf(timerMinutes) };
    checkScope(db, next.eventId, next);
    settingsRefused(roundSettingsProblem(next));
    const targetChanged = next.target !== round.target;
    if (items) Object.assign(next, { items: checkItems(db, next.eventId, next.target, items), fixedItems: true });
    else if (items === null || !next.fixedItems || targetChanged) Object.assign(next, { items: scopeItems(db, next), fixedItems: false });
    return saveRound(db, next, seq);
  },

  "rounds.open": transition(["draft", "paused", "closed"], "open", ({ db, seq }, round, now) => {
    const next = { ...round, status: "open" as const, timer: resumeTimer(round.timer, now) };
    if (round.status === "draft") {
      // A draft that follows its scope takes the items on the board at the moment it opens.
      if (!round.fixedItems) next.items = scopeItems(db, round);
      settingsRefused(roundSettingsProblem(next, roundItems(next, dbLookup(db, round.eventId)).length));
    }
    return saveRound(db, next, seq);
  }),

  "rounds.pause": transition(["open"], "paused", ({ db, seq }, round, now) => saveRound(db, { ...round, status: "paused", timer: stopTimer(round.timer, now) }, seq)),

  "rounds.close": transition(["open", "paused"], "closed", ({ db, seq }, round, now) =>
    saveRound(db, { ...round, status: "closed", timer: stopTimer(round.timer, now) }, seq),
  ),

  // Unseals the round's ballots and paper counts: this change is how every other screen first sees them.
  "rounds.reveal": transition(["closed"], "revealed", ({ db, seq }, round) => {
    const unsealed: EntityUpsert[] = [];
    for (const b of ballotsOfRound(db, round.id).filter((b) => b.sealed)) {
      const value = { ...b, sealed: false, updatedSeq: seq };
      ballots.update(db, value);
      unsealed.push({ kind: "ballot", value });
    }
    for (const p of paperOfRound(db, round.id).filter((p) => p.sealed)) {
      const value = { ...p, sealed: false, updatedSeq: seq };
      paperCounts.update(db, value);
      unsealed.push({ kind: "paperCount", value });
    }
    return saveRound(db, { ...round, status: "revealed" }, seq, unsealed);
  }),

  "rounds.markFinal": ({ db, seq }, { roundId, final }) => {
    const round = getRound(db, roundId);
    if (round.final === final) return { value: round, eventId: round.eventId, upserts: [] };
    if (final && round.status !== "revealed") throw new RoomError("conflict", "Reveal this round's results before marking it as final.");
    // One final round per event: marking one unmarks the others.
    const others: EntityUpsert[] = rounds
      .listByEvent(db, round.eventId)
      .filter((r) => final && r.final && r.id !== round.id)
      .map((r) => {
        const value = { ...r, final: false, updatedSeq: seq };
        rounds.update(db, value);
        return { kind: "round", value };
      });
    return saveRound(db, { ...round, final }, seq, others);
  },

  "rounds.duplicate": ({ db, seq }, { id, roundId, topN }) => {
    const source = getRound(db, roundId);
    const existing = rounds.get(db, id);
    if (existing) {
      if (existing.runoffOf === roundId) return { value: existing, eventId: existing.eventId, upserts: [] };
      throw new RoomError("conflict", "A voting round with that id already exists.");
    }
    let items = source.items;
    let dotsPerVoter = source.dotsPerVoter;
    let title = `Copy of ${source.title}`;
    if (topN !== null) {
      if (source.status !== "closed" && source.status !== "revealed") throw new RoomError("conflict", "Close this round before a runoff of its top items.");
      const { ballots: cast, paper, lookup } = roundData(db, source);
      items = topItems(roundResults(source, cast, paper, lookup), topN).map((i) => i.itemId);
      if (items.length < 2) throw new RoomError("conflict", `Only ${items.length} ${items.length === 1 ? "item has" : "items have"} dots, and a runoff needs at least 2.`);
      dotsPerVoter = suggestDotBudget(items.length).dots;
      title = `Runoff of the top ${topN}`;
    }
    const round: VoteRound = {
      ...source,
      id,
      title: Array.from(title).slice(0, ROUND_TITLE_MAX).join(""),
      items,
      fixedItems: topN !== null || source.fixedItems || source.status !== "draft",
      dotsPerVoter,
      maxPerItem: Math.min(source.maxPerItem, dotsPerVoter),
      timer: timerOf(timerMinutes(source.timer)),
      status: "draft",
      final: false,
      runoffOf: source.id,
      createdSeq: seq,
      updatedSeq: seq,
    };
    rounds.insert(db, round);
    return { value: round, eventId: round.eventId, upserts: [{ kind: "round", value: round }, { kind: "turnout", value: turnoutOf(db, round) }] };
  },
};
