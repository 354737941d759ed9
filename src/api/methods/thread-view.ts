import { z } from "zod";
import { Action, ActionProgress, Experiment, HearthEvent, Id, IsoDate, Measure, MeasureReading, Neighbourhood, Partnership, Priority, PriorityStatus, PriorityStatusEntry, Seq, ThemeId, Win } from "../../core";
import { FACILITATOR_ONLY, query } from "./define";

const EventRef = HearthEvent.pick({ id: true, title: true, date: true, kind: true });

/** One event where a priority came up: how many notes its theme (or note) had, and the dots it got there. */
export const TimelineEntry = z.object({
  event: EventRef,
  themeId: ThemeId.nullable(),
  label: z.string(),
  notes: z.number().int().nonnegative(),
  /** Dots in that event's final round; null when the item was not in a revealed final round. */
  dots: z.number().int().nonnegative().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const PriorityAction = z.object({ action: Action, event: EventRef, progress: z.array(ActionProgress) });
export type PriorityAction = z.infer<typeof PriorityAction>;

export const MeasureView = z.object({ measure: Measure, readings: z.array(MeasureReading) });
export type MeasureView = z.infer<typeof MeasureView>;

/** A priority with everything that hangs on it, for the neighbourhood page and the reports. */
export const PriorityView = z.object({
  priority: Priority,
  status: PriorityStatus,
  statusOn: IsoDate.nullable(),
  history: z.array(PriorityStatusEntry),
  timeline: z.array(TimelineEntry),
  actions: z.array(PriorityAction),
  wins: z.array(Win),
  measures: z.array(MeasureView),
});
export type PriorityView = z.infer<typeof PriorityView>;

export const NeighbourhoodThread = z.object({
  neighbourhood: Neighbourhood,
  partnership: Partnership.nullable(),
  /** Spellings merged into this neighbourhood. */
  formerNames: z.array(z.string()),
  /** Oldest first. */
  events: z.array(EventRef),
  priorities: z.array(PriorityView),
  /** Every win, those of no priority too, oldest first. */
  wins: z.array(Win),
  /** Measures of no priority. */
  measures: z.array(MeasureView),
  experiments: z.array(Experiment),
  seq: Seq,
});
export type NeighbourhoodThread = z.infer<typeof NeighbourhoodThread>;

export const PartnershipView = z.object({
  partnership: Partnership,
  formerNames: z.array(z.string()),
  neighbourhoods: z.array(z.object({ neighbourhood: Neighbourhood, events: z.number().int(), open: z.number().int(), priorities: z.number().int() })),
  events: z.array(EventRef.extend({ neighbourhood: z.string() })),
  /** The room's latest change when this was read: the page follows the partnership's feed from here. */
  seq: Seq,
});
export type PartnershipView = z.infer<typeof PartnershipView>;

/** A place's whole thread as its page reads it. Facilitator only. */
export const threadViewMethods = {
  "neighbourhoods.thread": query(z.strictObject({ id: Id }), NeighbourhoodThread, FACILITATOR_ONLY),
  "partnerships.view": query(z.strictObject({ id: Id }), PartnershipView, FACILITATOR_ONLY),
} as const;
