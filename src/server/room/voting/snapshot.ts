import { ballots, paperCounts, rounds, turnoutOf } from "../../db/repos/voting";
import type { Actor } from "../actor";
import { visibleList } from "../visibility";
import type { ReadonlyDatabase } from "../../db/prepared";

/** An event's voting, as much of it as the actor may see (blind rounds stay sealed). */
export function votingSnapshot(db: ReadonlyDatabase, eventId: string, actor: Actor) {
  const round = rounds.listByEvent(db, eventId);
  return {
    round,
    ballot: visibleList(actor, "ballot", ballots.listByEvent(db, eventId)),
    paperCount: visibleList(actor, "paperCount", paperCounts.listByEvent(db, eventId)),
    turnout: round.map((r) => turnoutOf(db, r)),
  };
}
