import { z } from "zod";
import { Id, Seq, EventId } from "./ids";

/**
 * A step of the event's run sheet. Capture stages collect notes on their prompts; group is
 * sense-making into themes; vote is dot-voting; actions is "Now what?".
 */
export const StageKind = z.enum(["welcome", "capture", "group", "vote", "discuss", "actions"]);
export type StageKind = z.infer<typeof StageKind>;

export const Stage = z.object({
  id: Id,
  eventId: EventId,
  position: z.number(),
  kind: StageKind,
  title: z.string(),
  /** Guidance shown on screens while the stage runs (for capture stages, the prompts are separate). */
  description: z.string(),
  /** Default countdown for the stage, in minutes; null for none. */
  timerMinutes: z.number().int().min(1).max(240).nullable(),
  /** Private writing: notes added in this stage stay hidden from other screens until revealed. */
  privateWriting: z.boolean(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Stage = z.infer<typeof Stage>;

/** "What we asked": a question notes answer. Belongs to a stage (usually a capture stage). */
export const Prompt = z.object({
  id: Id,
  eventId: EventId,
  stageId: Id.nullable(),
  position: z.number(),
  text: z.string(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Prompt = z.infer<typeof Prompt>;
