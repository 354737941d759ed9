import type { Database } from "better-sqlite3";
import { finalRoundResults, lookupIn, roundResults, type ReportPriorities, type RoundResults } from "../../core";
import { notes } from "../db/repos/notes";
import { themes } from "../db/repos/themes";
import { ballots, paperCounts, rounds } from "../db/repos/voting";
import type { NoteVotes } from "./export/csv";

/** An event's voting as the tally reads it: every round, ballot and paper count, and the items' notes and themes. */
export function votingState(db: Database, eventId: string) {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  return {
    round: byId(rounds.listByEvent(db, eventId)),
    ballot: byId(ballots.listByEvent(db, eventId)),
    paperCount: byId(paperCounts.listByEvent(db, eventId)),
    note: byId(notes.listByEvent(db, eventId)),
    theme: byId(themes.listByEvent(db, eventId)),
  };
}

const dots = (n: number) => `${n} ${n === 1 ? "dot" : "dots"}`;

/** How the vote ran, in plain words for residents: the rules, and how many took part each way. */
export function howItRan(r: RoundResults): string {
  const cap = r.maxPerItem === 1 ? "one dot at most on any item" : `at most ${r.maxPerItem} on one item`;
  const people = `${r.voters} ${r.voters === 1 ? "person" : "people"} voted on phones or at the laptop (${dots(r.phoneDots + r.laptopDots)})`;
  return `Everyone had ${dots(r.dotsPerVoter)}, ${cap}${r.blind ? "; results stayed hidden until everyone had voted" : ""}. ${people}, and ${dots(r.paperDots)} were placed on paper.`;
}

/** The final vote round's results for the report's "Your priorities", or null when no final round was revealed. */
export function prioritiesFor(db: Database, eventId: string): ReportPriorities | null {
  const results = finalRoundResults(votingState(db, eventId));
  if (!results) return null;
  return {
    roundTitle: results.title,
    howItRan: howItRan(results),
    items: results.items.map((i) => ({
      label: i.label,
      dots: i.dots,
      voters: i.voters,
      phoneDots: i.phoneDots + i.laptopDots,
      paperDots: i.paperDots,
      rank: i.rank,
      tied: i.tied,
    })),
  };
}

/**
 * Votes per note for the CSV of notes: from the final round when it was on notes, else the
 * latest revealed round on notes; null when no round on notes was revealed.
 */
export function noteVotesFor(db: Database, eventId: string): ReadonlyMap<string, NoteVotes> | null {
  const state = votingState(db, eventId);
  const revealed = [...state.round.values()].filter((r) => r.status === "revealed" && r.target === "notes").sort((a, b) => b.createdSeq - a.createdSeq);
  const round = revealed.find((r) => r.final) ?? revealed[0];
  if (!round) return null;
  const results = roundResults(round, state.ballot.values(), state.paperCount.values(), lookupIn(state));
  return new Map(results.items.map((i) => [i.itemId, { dots: i.dots, phoneDots: i.phoneDots + i.laptopDots, paperDots: i.paperDots }]));
}
