import { z } from "zod";
import { RoundCreateInput, RoundRef, RoundUpdateInput, VoteRound, RoundId } from "../../core";
import { command, FACILITATOR_ONLY } from "./define";

/** Dot-voting rounds: only the facilitator sets them up and moves them along. */
export const roundMethods = {
  "rounds.create": command(RoundCreateInput, VoteRound, FACILITATOR_ONLY),
  /** Settings change only while the round is a draft. */
  "rounds.update": command(RoundUpdateInput, VoteRound, FACILITATOR_ONLY),
  "rounds.open": command(RoundRef, VoteRound, FACILITATOR_ONLY),
  "rounds.pause": command(RoundRef, VoteRound, FACILITATOR_ONLY),
  "rounds.close": command(RoundRef, VoteRound, FACILITATOR_ONLY),
  /** Shows a closed round's results to every screen (for a blind round, the first time anyone but the facilitator sees them). */
  "rounds.reveal": command(RoundRef, VoteRound, FACILITATOR_ONLY),
  /** Marks (or unmarks) the round whose revealed results are the event's priorities; one per event. */
  "rounds.markFinal": command(RoundRef.extend({ final: z.boolean() }), VoteRound, FACILITATOR_ONLY),
  /** A new draft round with the same settings: among the top N items of this one (a runoff), or all of them (topN null). */
  "rounds.duplicate": command(
    z.strictObject({
      id: RoundId,
      roundId: RoundId,
      topN: z.number().int("Top N is a whole number").min(2, "A runoff needs at least the top 2").max(50).nullable(),
    }),
    VoteRound,
    FACILITATOR_ONLY,
  ),
} as const;
