import type { Ballot, PaperCount } from "../../../core";
import type { Actor } from "../actor";
import { phoneBallotId } from "./keys";

/**
 * Blind voting, enforced by the room: while a round is sealed, its ballots go only to the
 * facilitator and to the voter's own device, and its paper counts only to the helpers who
 * type them. Everyone still gets the round and its turnout (voters and dots cast). Pure
 * functions of (actor, entity), so snapshots, backlogs and live pushes filter alike.
 */
export function ballotVisible(actor: Actor, ballot: Ballot): boolean {
  return actor.role === "facilitator" || !ballot.sealed || ballot.id === phoneBallotId(ballot.roundId, actor.deviceId);
}

export function paperCountVisible(actor: Actor, count: PaperCount): boolean {
  return actor.role === "facilitator" || actor.role === "notetaker" || !count.sealed;
}
