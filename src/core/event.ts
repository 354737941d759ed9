import { z } from "zod";
import { Id, Seq, EventId } from "./ids";

export const EventKind = z.enum(["listening", "adaptive-action", "steering", "partnership", "scrutiny", "blank"]);
export type EventKind = z.infer<typeof EventKind>;

export const EventStatus = z.enum(["planned", "live", "closed"]);
export type EventStatus = z.infer<typeof EventStatus>;

/** A calendar date as YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date is written YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "that date does not exist");
export type IsoDate = z.infer<typeof IsoDate>;

/** Today's date where Hearth runs (or this screen), as YYYY-MM-DD: an event's date is a local calendar date. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Adds days to a calendar date (no time zones involved). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Connecting Communities: residents get their feedback report within 10 days of the event. */
export const FEEDBACK_DAYS = 10;

/**
 * The countdown of the current stage, in server time. Running: it ends at
 * `startedAt + durationMs - elapsedMs`. Clients convert with the server-time offset they
 * learn from the snapshot, so a device with a wrong clock still shows the right time.
 */
export const Timer = z.object({
  durationMs: z.number().int().nonnegative(),
  /** Server epoch ms when it was last started; null while paused or never started. */
  startedAt: z.number().int().nullable(),
  /** Time already counted down before `startedAt`. */
  elapsedMs: z.number().int().nonnegative(),
});
export type Timer = z.infer<typeof Timer>;

export const HearthEvent = z.object({
  id: EventId,
  kind: EventKind,
  title: z.string(),
  neighbourhood: z.string(),
  partnership: z.string(),
  venue: z.string(),
  date: IsoDate,
  status: EventStatus,
  /** Due date of the residents' feedback report: the event date + 10 days unless changed. */
  feedbackDueOn: IsoDate,
  currentStageId: Id.nullable(),
  timer: Timer.nullable(),
  /** Off by default: notes are anonymous unless the facilitator turns attribution on. */
  attribution: z.boolean(),
  /** Notes are deleted this many months after the event's date (the report is kept); null: kept until the event is deleted. */
  retentionMonths: z.number().int().min(1).max(120).nullable(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type HearthEvent = z.infer<typeof HearthEvent>;
