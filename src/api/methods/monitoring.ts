import { z } from "zod";
import { EventId, MonitoringAnswerInput, MonitoringCount, MonitoringCounts, MonitoringSet, MonitoringTally, MonitoringTallyInput } from "../../core";
import { command, FACILITATOR_ONLY, NOTE_WRITERS, query } from "./define";

const EventRef = z.strictObject({ eventId: EventId });
const Shown = z.discriminatedUnion("kind", [z.object({ kind: z.literal("count"), value: z.number().int() }), z.object({ kind: z.literal("fewer") }), z.object({ kind: z.literal("hidden") })]);

export const NeighbourhoodReachView = z.object({
  targets: z.array(z.object({ label: z.string(), questionId: z.string(), optionId: z.string(), hopedFor: z.number().int(), heard: Shown, met: z.boolean() })),
  notHeard: z.array(z.object({ label: z.string(), questionId: z.string(), optionId: z.string(), lastHeard: z.string().nullable() })),
  /** How many of the place's events asked "About you". */
  events: z.number().int(),
});
export type NeighbourhoodReachView = z.infer<typeof NeighbourhoodReachView>;

/**
 * "About you": equality and reach monitoring. A phone answers once, and the room keeps only
 * counts per option (never who answered what, nor when); paper slips are tallied by hand.
 */
export const monitoringMethods = {
  /** The event's set: for the organiser to edit, a phone to ask, a helper to tally. */
  "monitoring.set": query(EventRef, MonitoringSet, ["facilitator", "notetaker", "participant"]),
  "monitoring.save": command(MonitoringSet, MonitoringSet, FACILITATOR_ONLY),
  /** A phone's answers, once: a second set from the same phone changes nothing. */
  "monitoring.answer": command(MonitoringAnswerInput, z.object({ answered: z.literal(true) }), ["participant"]),
  /** Whether this phone has answered (not what). */
  "monitoring.mine": query(EventRef, z.object({ answered: z.boolean() }), ["participant"]),
  /** The count of one option from the paper slips; typing it again corrects it, each correction in the feed. */
  "monitoring.tally": command(MonitoringTallyInput, MonitoringTally, NOTE_WRITERS),
  /** The paper tallies typed so far. */
  "monitoring.paper": query(EventRef, z.array(MonitoringCount), NOTE_WRITERS),
  /** Phone and paper counts: for the organiser's screens, which show them suppressed. */
  "monitoring.counts": query(EventRef, MonitoringCounts, FACILITATOR_ONLY),
  /** A neighbourhood's reach across its events, against their target groups, suppressed. */
  "monitoring.reach": query(z.strictObject({ neighbourhoodId: z.string().min(1).max(64) }), NeighbourhoodReachView, FACILITATOR_ONLY),
} as const;
