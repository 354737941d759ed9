import type { Database } from "better-sqlite3";
import { itemsInScope, roundItems, type RoundTarget, type VoteRound } from "../../../core";
import { notes } from "../../db/repos/notes";
import { prompts } from "../../db/repos/run-sheet";
import { themes } from "../../db/repos/themes";
import { ballotsOfRound, paperOfRound, rounds } from "../../db/repos/voting";
import type { CommandOutcome } from "../handler";
import { RoomError } from "../../room-error";
import { dbLookup } from "./lookup";
import type { ReadonlyDatabase } from "../../db/prepared";

export function getRound(db: ReadonlyDatabase, roundId: string): VoteRound {
  const round = rounds.get(db, roundId);
  if (!round) throw new RoomError("not_found", "That voting round does not exist.");
  return round;
}

/** Writes a round with the change's seq and answers with it, plus anything else the command touched. */
export function saveRound(db: Database, round: VoteRound, seq: number, also: CommandOutcome<VoteRound>["upserts"] = []): CommandOutcome<VoteRound> {
  const next = { ...round, updatedSeq: seq };
  rounds.update(db, next);
  return { value: next, eventId: next.eventId, upserts: [{ kind: "round", value: next }, ...also] };
}

/** The themes and prompts chosen must be this event's. */
export function checkScope(db: ReadonlyDatabase, eventId: string, scope: { themeIds: readonly string[]; promptIds: readonly string[] }): void {
  for (const id of scope.themeIds)
    if (themes.get(db, id)?.eventId !== eventId) throw new RoomError("invalid_input", "One of the chosen themes is not in this event.");
  for (const id of scope.promptIds)
    if (prompts.get(db, id)?.eventId !== eventId) throw new RoomError("invalid_input", "One of the chosen prompts is not in this event.");
}

/** Items picked by hand: each once, each a live note or theme of this event (whichever the round votes on). */
export function checkItems(db: ReadonlyDatabase, eventId: string, target: RoundTarget, items: readonly string[]): string[] {
  const unique = [...new Set(items)];
  const lookup = dbLookup(db, eventId);
  const resolved = roundItems({ target, items: unique }, lookup);
  if (resolved.length !== unique.length || resolved.some((r, i) => r.id !== unique[i]))
    throw new RoomError("invalid_input", `Every item must be a ${target === "themes" ? "theme" : "note"} of this event that is still on the board.`);
  return unique;
}

/** The items a round's scope covers now. */
export function scopeItems(db: ReadonlyDatabase, round: Pick<VoteRound, "eventId" | "target" | "themeIds" | "promptIds">): string[] {
  return itemsInScope(round.target, round, { notes: notes.listByEvent(db, round.eventId), themes: themes.listByEvent(db, round.eventId) });
}

/** Everything a tally needs from the database for one round. */
export function roundData(db: ReadonlyDatabase, round: VoteRound) {
  return { ballots: ballotsOfRound(db, round.id), paper: paperOfRound(db, round.id), lookup: dbLookup(db, round.eventId) };
}
