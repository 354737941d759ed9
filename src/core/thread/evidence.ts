import { z } from "zod";
import { ActionStatus } from "../action";
import { IsoDate } from "../event";
import { EventId, Id, Seq } from "../ids";
import { NOTE_MAX, optionalText, TITLE_MAX, userText } from "../text";

/** A progress line on an action, dated: appended, never overwritten, so the story keeps its order. */
export const ActionProgress = z.object({
  id: Id,
  actionId: Id,
  on: IsoDate,
  text: z.string(),
  status: ActionStatus.nullable(),
  seq: Seq,
});
export type ActionProgress = z.infer<typeof ActionProgress>;

/** A photo kept with a win: a small JPEG, PNG or WebP as a data URL (the screen scales it down first). */
export const WIN_PHOTO_MAX = 400_000;
export const WinPhoto = z
  .string()
  .max(WIN_PHOTO_MAX, `The photo is too large (at most ${Math.floor((WIN_PHOTO_MAX * 3) / 4 / 1000)} kB)`)
  .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+={0,2}$/, "The photo must be a JPEG, PNG or WebP image");

/** A visible win: "walking group funded £2,000", "new bench at the bus stop". */
export const Win = z.object({
  id: Id,
  neighbourhoodId: Id,
  priorityId: Id.nullable(),
  on: IsoDate,
  text: z.string(),
  photo: z.string().nullable(),
  deleted: z.boolean(),
  seq: Seq,
});
export type Win = z.infer<typeof Win>;

/** Residents' own signals (words) or a numeric series (readings with dates and a source). */
export const MeasureKind = z.enum(["signal", "series"]);
export type MeasureKind = z.infer<typeof MeasureKind>;

export const Measure = z.object({
  id: Id,
  neighbourhoodId: Id,
  priorityId: Id.nullable(),
  kind: MeasureKind,
  name: z.string(),
  unit: z.string(),
  source: z.string(),
  seq: Seq,
});
export type Measure = z.infer<typeof Measure>;

/** One reading: a number for a series, words for a signal; dated by what it measures, not by a laptop's clock. */
export const MeasureReading = z.object({
  id: Id,
  measureId: Id,
  on: IsoDate,
  value: z.number().nullable(),
  text: z.string(),
  source: z.string(),
  seq: Seq,
});
export type MeasureReading = z.infer<typeof MeasureReading>;

/** Adaptive Action: a "Now what?" as a small experiment that the next "What?" looks back on. */
export const Experiment = z.object({
  id: Id,
  neighbourhoodId: Id,
  priorityId: Id.nullable(),
  eventId: EventId.nullable(),
  title: z.string(),
  expect: z.string(),
  watch: z.string(),
  reviewOn: IsoDate,
  observed: z.string(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Experiment = z.infer<typeof Experiment>;

const Words = (what: string) => optionalText(what, NOTE_MAX);

export const ProgressAddInput = z.strictObject({
  id: Id,
  actionId: Id,
  on: IsoDate,
  text: userText("The progress line", 300),
  status: ActionStatus.nullable().default(null),
});
export type ProgressAddInput = z.input<typeof ProgressAddInput>;

export const WinAddInput = z.strictObject({
  id: Id,
  neighbourhoodId: Id,
  priorityId: Id.nullable().default(null),
  on: IsoDate,
  text: userText("The win", 300),
  photo: WinPhoto.nullable().default(null),
});
export type WinAddInput = z.input<typeof WinAddInput>;

export const MeasureAddInput = z.strictObject({
  id: Id,
  neighbourhoodId: Id,
  priorityId: Id.nullable().default(null),
  kind: MeasureKind,
  name: userText("The measure's name", TITLE_MAX),
  unit: optionalText("The unit", 40).default(""),
  source: optionalText("The source", TITLE_MAX).default(""),
});
export type MeasureAddInput = z.input<typeof MeasureAddInput>;

export const ReadingAddInput = z.strictObject({
  id: Id,
  measureId: Id,
  on: IsoDate,
  value: z.number({ error: "The reading must be a number" }).nullable().default(null),
  text: Words("The signal").default(""),
  source: optionalText("The source", TITLE_MAX).default(""),
});
export type ReadingAddInput = z.input<typeof ReadingAddInput>;

export const ExperimentAddInput = z.strictObject({
  id: Id,
  neighbourhoodId: Id,
  priorityId: Id.nullable().default(null),
  eventId: EventId.nullable().default(null),
  title: userText("The experiment", TITLE_MAX),
  expect: Words("What we expect").default(""),
  watch: Words("What we will watch").default(""),
  reviewOn: IsoDate,
});
export type ExperimentAddInput = z.input<typeof ExperimentAddInput>;

export const ExperimentObserveInput = z.strictObject({ id: Id, observed: Words("What we observed") });
export type ExperimentObserveInput = z.input<typeof ExperimentObserveInput>;
