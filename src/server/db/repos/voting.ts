import type { Database } from "better-sqlite3";
import { Ballot, PaperCount, VoteRound, type Turnout } from "../../../core";
import { prepared, type ReadonlyDatabase } from "../prepared";
import { defineTable } from "./table";

export const rounds = defineTable(VoteRound, "vote_round", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  title: ["title", "text"],
  target: ["target", "text"],
  themeIds: ["theme_ids", "json"],
  promptIds: ["prompt_ids", "json"],
  items: ["items", "json"],
  fixedItems: ["fixed_items", "bool"],
  dotsPerVoter: ["dots_per_voter", "int"],
  maxPerItem: ["max_per_item", "int"],
  blind: ["blind", "bool"],
  timer: ["timer", "json"],
  status: ["status", "text"],
  final: ["final", "bool"],
  runoffOf: ["runoff_of", "nullableText"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

const ballotTable = defineTable(Ballot, "ballot", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  roundId: ["round_id", "text"],
  source: ["source", "text"],
  dots: ["dots", "json"],
  sealed: ["sealed", "bool"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

export const paperCounts = defineTable(PaperCount, "paper_count", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  roundId: ["round_id", "text"],
  itemId: ["item_id", "text"],
  dots: ["dots", "int"],
  enteredBy: ["entered_by", "text"],
  sealed: ["sealed", "bool"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

/** Ballots, stored with their number of dots beside them (a server-only column) for the turnout. */
export const ballots = {
  ...ballotTable,
  insert: (db: Database, b: Ballot) => ballotTable.insert(db, b, { total: totalOf(b) }),
  update: (db: Database, b: Ballot) => ballotTable.update(db, b, { total: totalOf(b) }),
};
const totalOf = (b: Ballot) => b.dots.reduce((n, d) => n + d.dots, 0);

const rows = (db: ReadonlyDatabase, sql: string, ...params: unknown[]) => prepared(db, sql).all(...params) as Record<string, unknown>[];

export const ballotsOfRound = (db: ReadonlyDatabase, roundId: string): Ballot[] =>
  rows(db, `SELECT * FROM ballot WHERE round_id = ? ORDER BY created_seq`, roundId).map(ballots.fromRow);

export const paperOfRound = (db: ReadonlyDatabase, roundId: string): PaperCount[] =>
  rows(db, `SELECT * FROM paper_count WHERE round_id = ? ORDER BY created_seq`, roundId).map(paperCounts.fromRow);

/** How many have voted and how many dots are down, summed in SQL so a vote does not read every ballot. */
export function turnoutOf(db: ReadonlyDatabase, round: Pick<VoteRound, "id" | "eventId">): Turnout {
  const cast = prepared(
    db,
    `SELECT COUNT(*) AS voters, COALESCE(SUM(total), 0) AS dots, COALESCE(SUM(source = 'phone'), 0) AS phoneVoters FROM ballot WHERE round_id = ? AND total > 0`,
  ).get(round.id) as { voters: number; dots: number; phoneVoters: number };
  const paper = prepared(db, `SELECT COALESCE(SUM(dots), 0) AS dots FROM paper_count WHERE round_id = ?`).get(round.id) as { dots: number };
  return { id: round.id, eventId: round.eventId, voters: cast.voters, dots: cast.dots + paper.dots, phoneVoters: cast.phoneVoters, paperDots: paper.dots };
}
