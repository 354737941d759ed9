import { z } from "zod";
import { Action, EventId, Experiment, Id, PriorityStatus } from "../../core";
import { query } from "./define";

/** What the wall shows at a partnership meeting's review: each priority with its status and commitments; no residents' words. */
export const ReviewWall = z.object({
  priorities: z.array(
    z.object({
      id: Id,
      title: z.string(),
      neighbourhood: z.string(),
      status: PriorityStatus,
      lead: z.string(),
      actions: z.array(Action.pick({ id: true, text: true, owner: true, status: true, update: true })),
    }),
  ),
});
export type ReviewWall = z.infer<typeof ReviewWall>;

/** Experiments whose review date has come by an event's day, from earlier events of its neighbourhoods: the next "What?" looks back on them. */
export const DueExperiments = z.object({
  experiments: z.array(Experiment.pick({ id: true, title: true, expect: true, watch: true, reviewOn: true, observed: true }).extend({ neighbourhood: z.string() })),
});
export type DueExperiments = z.infer<typeof DueExperiments>;

/** What a partnership meeting's review looks back on; the projector may ask, for its own event only. */
export const reviewWallMethods = {
  "priorities.wall": query(z.strictObject({ eventId: EventId }), ReviewWall, ["facilitator", "projector"], { threadView: true }),
  "experiments.due": query(z.strictObject({ eventId: EventId }), DueExperiments, ["facilitator", "projector"], { threadView: true }),
} as const;
