import type { Database } from "better-sqlite3";
import type { ReportPriorities } from "../../core";
import type { NoteVotes } from "./export/csv";

/**
 * The final vote round's results for the report's "Your priorities", or null when no vote
 * was held. Returns null until the voting feature is merged: the lead wires it here,
 * mapping the final round's tallies (dots, voters, phone and paper dots per item, with
 * labels of the themes or notes voted on) to ReportPriorities; the report does the rest
 * (ranking, ties, totals, the chart).
 */
export function prioritiesFor(_db: Database, _eventId: string): ReportPriorities | null {
  return null;
}

/**
 * Votes per note for the CSV of notes (dots, and how many by phone and on paper), or null
 * while no votes exist; the CSV's vote columns stay empty until the voting feature is
 * merged and the lead wires its tallies here.
 */
export function noteVotesFor(_db: Database, _eventId: string): ReadonlyMap<string, NoteVotes> | null {
  return null;
}
