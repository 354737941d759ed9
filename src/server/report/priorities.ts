import { lookupIn, prioritiesRound, roundResults, type ReportPriorities, type RoundResults } from "../../core";
import { notes } from "../db/repos/notes";
import { themes } from "../db/repos/themes";
import { ballots, paperCounts, rounds } from "../db/repos/voting";
import type { NoteVotes } from "./export/csv";
import type { ReadonlyDatabase } from "../db/prepared";

/** An event's voting as the tally reads it: every round, ballot and paper count, and the items' notes and themes. */
function votingState(db: ReadonlyDatabase, eventId: string) {
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

/** How the vote ran, in plain words for residents: the rules, how many took part each way, and paper counts corrected after the results were shown. */
export function howItRan(r: RoundResults, correctedAfterReveal = 0): string {
  const cap = r.maxPerItem === 1 ? "one dot at most on any item" : `at most ${r.maxPerItem} on one item`;
  const people = `${r.voters} ${r.voters === 1 ? "person" : "people"} voted on phones or at the laptop (${dots(r.phoneDots + r.laptopDots)})`;
  const corrected =
    correctedAfterReveal > 0
      ? ` After the results were shown, ${correctedAfterReveal} paper ${correctedAfterReveal === 1 ? "count was" : "counts were"} corrected; each correction is kept in the event's record.`
      : "";
  return `Everyone had ${dots(r.dotsPerVoter)}, ${cap}${r.blind ? "; results stayed hidden until everyone had voted" : ""}. ${people}, and ${dots(r.paperDots)} were placed on paper.${corrected}`;
}

/** How many paper counts of a round were typed in after it was revealed, from the change feed (where each correction is kept). */
export function paperCorrectionsAfterReveal(db: ReadonlyDatabase, eventId: string, roundId: string): number {
  const rows = db
    .prepare(`SELECT seq, command, payload FROM change WHERE event_id = ? AND command IN ('rounds.reveal', 'votes.paper') ORDER BY seq`)
    .all(eventId) as { seq: number; command: string; payload: string }[];
  let revealed = false;
  let corrections = 0;
  for (const row of rows) {
    const { upserts } = JSON.parse(row.payload) as { upserts: { kind: string; value: { id?: string; roundId?: string } }[] };
    if (row.command === "rounds.reveal") revealed ||= upserts.some((u) => u.kind === "round" && u.value.id === roundId);
    else if (revealed && upserts.some((u) => u.kind === "paperCount" && u.value.roundId === roundId)) corrections++;
  }
  return corrections;
}

/** Said in the method note when no round was marked final: the report never claims a vote was not held. */
export const NOT_FINAL_NOTE = "No round was marked final, so these are the results of the last round whose results were shown.";

/**
 * The report's "Your priorities": the final round's results, else the last revealed round's
 * (and the method note says so); null only when no round's results were ever revealed.
 */
export function prioritiesFor(db: ReadonlyDatabase, eventId: string): ReportPriorities | null {
  const state = votingState(db, eventId);
  const chosen = prioritiesRound(state.round.values());
  if (!chosen) return null;
  const results = roundResults(chosen.round, state.ballot.values(), state.paperCount.values(), lookupIn(state));
  return {
    roundTitle: results.title,
    howItRan: `${chosen.final ? "" : `${NOT_FINAL_NOTE} `}${howItRan(results, paperCorrectionsAfterReveal(db, eventId, results.roundId))}`,
    final: chosen.final,
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
export function noteVotesFor(db: ReadonlyDatabase, eventId: string): ReadonlyMap<string, NoteVotes> | null {
  const state = votingState(db, eventId);
  const revealed = [...state.round.values()].filter((r) => r.status === "revealed" && r.target === "notes").sort((a, b) => b.createdSeq - a.createdSeq);
  const round = revealed.find((r) => r.final) ?? revealed[0];
  if (!round) return null;
  const results = roundResults(round, state.ballot.values(), state.paperCount.values(), lookupIn(state));
  return new Map(results.items.map((i) => [i.itemId, { dots: i.dots, phoneDots: i.phoneDots + i.laptopDots, paperDots: i.paperDots }]));
}
