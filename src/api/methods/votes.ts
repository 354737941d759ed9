import { z } from "zod";
import { Ballot, CastForInput, PaperCount, PaperCountInput, PaperLogEntry, RoundRef, VoteItemInput, VoteSetInput } from "../../core";
import { command, FACILITATOR_ONLY, NOTE_WRITERS, query } from "./define";

const PARTICIPANT_ONLY = ["participant"] as const;

/**
 * Casting dots. A phone's voter is its device (the server's actor), never a field of the
 * message; each phone command answers with the voter's whole ballot, so "dots left" is the room's.
 */
export const voteMethods = {
  "votes.add": command(VoteItemInput, Ballot, PARTICIPANT_ONLY),
  "votes.remove": command(VoteItemInput, Ballot, PARTICIPANT_ONLY),
  "votes.set": command(VoteSetInput, Ballot, PARTICIPANT_ONLY),
  /** The caller's own ballot (empty if it has not voted yet). */
  "votes.mine": query(RoundRef, Ballot, PARTICIPANT_ONLY),
  /** At the laptop, for a resident without a phone: a whole ballot for a separate anonymous voter. */
  "votes.castFor": command(CastForInput, Ballot, FACILITATOR_ONLY),
  /** The dots counted on one item of the paper board; sending again corrects it, and the feed keeps each entry. */
  "votes.paper": command(PaperCountInput, PaperCount, NOTE_WRITERS),
  /** Every paper count typed for a round, oldest first, with who typed it and what it replaced. */
  "votes.paperLog": query(RoundRef, z.array(PaperLogEntry), NOTE_WRITERS),
} as const;
