import { z } from "zod";
import { Id, Seq, EventId, RoundId } from "../ids";
import { MAX_DOTS_PER_VOTER } from "./round";

/** Where dots came from: a resident's phone, the laptop on a resident's behalf, or counted off the paper board. */
export const VoteSource = z.enum(["phone", "laptop", "paper"]);
export type VoteSource = z.infer<typeof VoteSource>;

/** Dots on one item. A list of these, not an object keyed by item id, so no id can become `__proto__`. */
export const ItemDots = z.object({ itemId: Id, dots: z.number().int().min(1).max(MAX_DOTS_PER_VOTER) });
export type ItemDots = z.infer<typeof ItemDots>;

/**
 * One voter's dots in one round. The id is an opaque key the server derives from the round
 * and the device (or the laptop's anonymous voter): never a device id, never a name.
 */
export const Ballot = z.object({
  id: Id,
  eventId: EventId,
  roundId: RoundId,
  source: z.enum(["phone", "laptop"]),
  dots: z.array(ItemDots),
  /** While a blind round is unrevealed: only the facilitator and the voter themselves see it. */
  sealed: z.boolean(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Ballot = z.infer<typeof Ballot>;

/** A paper count: whole numbers only, and no hall holds more dots on one item than this. */
export const PAPER_MAX = 999;

/** The dots counted on one item of the paper board, typed in by a helper; each correction is a change in the feed. */
export const PaperCount = z.object({
  id: Id,
  eventId: EventId,
  roundId: RoundId,
  itemId: Id,
  dots: z.number().int().min(0).max(PAPER_MAX),
  /** The device that typed the latest count (a helper, never a voter). */
  enteredBy: z.string(),
  sealed: z.boolean(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type PaperCount = z.infer<typeof PaperCount>;

/** What anyone may see of a round while it is blind: how many have voted and how many dots are down. Id = the round's id. */
export const Turnout = z.object({
  id: Id,
  eventId: EventId,
  /** People who placed at least one dot on a phone or at the laptop; paper voters are not counted one by one. */
  voters: z.number().int().nonnegative(),
  /** Every dot: phones, laptop and paper. */
  dots: z.number().int().nonnegative(),
  /** Of `voters`, those who voted on their own phone (the rest at the laptop). */
  phoneVoters: z.number().int().nonnegative().default(0),
  /** Of `dots`, those counted off the paper board. */
  paperDots: z.number().int().nonnegative().default(0),
});
export type Turnout = z.infer<typeof Turnout>;

export const PaperCountInput = z.strictObject({
  roundId: RoundId,
  itemId: Id,
  dots: z
    .number({ error: "A paper count must be a number" })
    .int("A paper count is a whole number of dots")
    .min(0, "A paper count cannot be negative")
    .max(PAPER_MAX, `A paper count is at most ${PAPER_MAX}; check the count`),
});

const DotCount = z
  .number({ error: "Dots must be a number" })
  .int("Dots are whole numbers")
  .min(0, "Dots cannot be negative")
  .max(MAX_DOTS_PER_VOTER, `At most ${MAX_DOTS_PER_VOTER} dots`);

/** A phone's dot on one item: the voter is the device, never a field of the message. */
export const VoteItemInput = z.strictObject({ roundId: RoundId, itemId: Id });
export const VoteSetInput = VoteItemInput.extend({ dots: DotCount });

/** A whole ballot cast at the laptop for a resident without a phone; `voterId` is a fresh random id per resident. */
export const CastForInput = z.strictObject({
  roundId: RoundId,
  voterId: Id,
  dots: z.array(z.strictObject({ itemId: Id, dots: DotCount })).max(MAX_DOTS_PER_VOTER),
});

/** One entry of a round's paper-count audit, read from the change feed. */
export const PaperLogEntry = z.object({
  seq: Seq,
  at: z.string(),
  itemId: Id,
  dots: z.number().int(),
  /** The count before this entry; null for the first. */
  previous: z.number().int().nullable(),
  enteredBy: z.string(),
});
export type PaperLogEntry = z.infer<typeof PaperLogEntry>;
