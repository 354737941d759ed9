import { z } from "zod";
import {
  Action,
  ActionLinkInput,
  ActionProgress,
  Experiment,
  ExperimentAddInput,
  ExperimentObserveInput,
  EventId,
  HearthEvent,
  Id,
  IsoDate,
  Measure,
  MeasureAddInput,
  MeasureReading,
  Neighbourhood,
  NeighbourhoodCreateInput,
  NeighbourhoodUpdateInput,
  Partnership,
  PartnershipCreateInput,
  PartnershipUpdateInput,
  PlaceMergeInput,
  Priority,
  PriorityAdoptInput,
  PriorityStatus,
  PriorityStatusEntry,
  PriorityStatusInput,
  PriorityUpdateInput,
  ProgressAddInput,
  ReadingAddInput,
  Seq,
  ThemeId,
  ThemeLink,
  ThemeLinkInput,
  ActionLink,
  Win,
  WinAddInput,
} from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

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

export const PlaceDirectory = z.object({ neighbourhoods: z.array(Neighbourhood), partnerships: z.array(Partnership) });
export type PlaceDirectory = z.infer<typeof PlaceDirectory>;

export const PartnershipView = z.object({
  partnership: Partnership,
  formerNames: z.array(z.string()),
  neighbourhoods: z.array(z.object({ neighbourhood: Neighbourhood, events: z.number().int(), open: z.number().int(), priorities: z.number().int() })),
  events: z.array(EventRef.extend({ neighbourhood: z.string() })),
  /** The room's latest change when this was read: the page follows the partnership's feed from here. */
  seq: Seq,
});
export type PartnershipView = z.infer<typeof PartnershipView>;

/** What a revealed final round offers to adopt: its items by rank, each with its notes to quote from. */
export const AdoptCandidates = z.object({
  neighbourhood: Neighbourhood.nullable(),
  roundId: Id.nullable(),
  items: z.array(
    z.object({
      itemId: Id,
      label: z.string(),
      rank: z.number().int(),
      tied: z.boolean(),
      dots: z.number().int(),
      adoptedAs: Id.nullable(),
      notes: z.array(z.object({ id: Id, text: z.string() })),
    }),
  ),
});
export type AdoptCandidates = z.infer<typeof AdoptCandidates>;

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

export const priorityMethods = {
  "neighbourhoods.directory": query(z.strictObject({}), PlaceDirectory, FACILITATOR_ONLY),
  "neighbourhoods.create": command(NeighbourhoodCreateInput, Neighbourhood, FACILITATOR_ONLY),
  "neighbourhoods.update": command(NeighbourhoodUpdateInput, Neighbourhood, FACILITATOR_ONLY),
  "neighbourhoods.merge": command(PlaceMergeInput, Neighbourhood, FACILITATOR_ONLY),
  "neighbourhoods.thread": query(z.strictObject({ id: Id }), NeighbourhoodThread, FACILITATOR_ONLY),
  /** The neighbourhood an event belongs to (by its name), or null. */
  "neighbourhoods.ofEvent": query(z.strictObject({ eventId: EventId }), z.object({ neighbourhood: Neighbourhood.nullable(), partnership: Partnership.nullable() }), FACILITATOR_ONLY),
  /** The neighbourhood's whole thread as an archive file's JSON (`hearth-neighbourhood-archive`), for another copy of Hearth. */
  "neighbourhoods.archive": query(z.strictObject({ id: Id }), z.object({ fileName: z.string(), json: z.string() }), FACILITATOR_ONLY),
  /** Imports an uploaded neighbourhood archive, keeping every id; refused when it is already here. */
  "neighbourhoods.importArchive": command(z.strictObject({ uploadId: Id }), Neighbourhood, FACILITATOR_ONLY),
  "partnerships.create": command(PartnershipCreateInput, Partnership, FACILITATOR_ONLY),
  "partnerships.update": command(PartnershipUpdateInput, Partnership, FACILITATOR_ONLY),
  "partnerships.merge": command(PlaceMergeInput, Partnership, FACILITATOR_ONLY),
  "partnerships.view": query(z.strictObject({ id: Id }), PartnershipView, FACILITATOR_ONLY),
  /** For the wall at a partnership meeting's review stage (the projector may ask, for its own event only). */
  "priorities.wall": query(z.strictObject({ eventId: EventId }), ReviewWall, ["facilitator", "projector"], { threadView: true }),
  "experiments.due": query(z.strictObject({ eventId: EventId }), DueExperiments, ["facilitator", "projector"], { threadView: true }),
  "priorities.candidates": query(z.strictObject({ eventId: EventId }), AdoptCandidates, FACILITATOR_ONLY),
  "priorities.adopt": command(PriorityAdoptInput, z.array(Priority), FACILITATOR_ONLY),
  "priorities.update": command(PriorityUpdateInput, Priority, FACILITATOR_ONLY),
  "priorities.setStatus": command(PriorityStatusInput, PriorityStatusEntry, FACILITATOR_ONLY),
  "priorities.linkTheme": command(ThemeLinkInput, ThemeLink, FACILITATOR_ONLY),
  "priorities.linkAction": command(ActionLinkInput, ActionLink, FACILITATOR_ONLY),
  "priorities.progress": command(ProgressAddInput, ActionProgress, FACILITATOR_ONLY),
  "wins.add": command(WinAddInput, Win, FACILITATOR_ONLY),
  "wins.delete": command(z.strictObject({ id: Id }), Win, FACILITATOR_ONLY),
  "measures.add": command(MeasureAddInput, Measure, FACILITATOR_ONLY),
  "measures.record": command(ReadingAddInput, MeasureReading, FACILITATOR_ONLY),
  "experiments.add": command(ExperimentAddInput, Experiment, FACILITATOR_ONLY),
  "experiments.observe": command(ExperimentObserveInput, Experiment, FACILITATOR_ONLY),
} as const;
