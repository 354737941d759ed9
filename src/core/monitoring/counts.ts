import { z } from "zod";
import { EventId } from "../ids";
import type { MonitoringSet } from "./set";
import { optionsOf } from "./set";

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "an id uses only a–z, 0–9 and '-', at most 40");
/** The most one option can count, on paper or from phones. */
export const MONITORING_COUNT_MAX = 100_000;
const Count = z.number().int().min(0, "a count is 0 or more").max(MONITORING_COUNT_MAX, "a count is at most 100,000");

/** How many answered one option of one question: all the room keeps of answers, per event. */
export const MonitoringCount = z.object({ questionId: Slug, optionId: Slug, count: Count });
export type MonitoringCount = z.infer<typeof MonitoringCount>;

/**
 * A paper tally as it travels in the change feed: the whole count typed for one option from the
 * monitoring slips; typing it again corrects it, and the feed keeps each correction.
 */
export const MonitoringTally = z.object({ id: z.string().min(1).max(140), eventId: EventId, questionId: Slug, optionId: Slug, count: Count });
export type MonitoringTally = z.infer<typeof MonitoringTally>;

/** A phone's answers: at most one option per question, any question left out. Nothing else. */
export const MonitoringAnswerInput = z.strictObject({
  eventId: EventId,
  answers: z
    .array(z.strictObject({ questionId: Slug, optionId: Slug }))
    .max(30)
    .refine((a) => new Set(a.map((x) => x.questionId)).size === a.length, "one answer per question"),
});
export type MonitoringAnswerInput = z.infer<typeof MonitoringAnswerInput>;

export const MonitoringTallyInput = z.strictObject({ eventId: EventId, questionId: Slug, optionId: Slug, count: Count });
export type MonitoringTallyInput = z.infer<typeof MonitoringTallyInput>;

export const MonitoringCounts = z.object({
  eventId: EventId,
  phone: z.array(MonitoringCount),
  paper: z.array(MonitoringCount),
  /** How many phones have answered (not who). */
  phones: z.number().int().min(0),
});
export type MonitoringCounts = z.infer<typeof MonitoringCounts>;

/** Why an answer or a tally does not fit the set, or null. */
export function answerProblem(set: MonitoringSet, questionId: string, optionId: string): string | null {
  const q = set.questions.find((x) => x.id === questionId);
  if (!q) return "That question is not asked at this event.";
  if (!optionsOf(q).some((x) => x.id === optionId)) return "That answer is not one of the question's options.";
  return null;
}

/** Phone and paper counts added up, per question and option. */
export function combinedCounts(...lists: readonly (readonly MonitoringCount[])[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of lists) for (const c of list) out.set(countKey(c.questionId, c.optionId), (out.get(countKey(c.questionId, c.optionId)) ?? 0) + c.count);
  return out;
}
export const countKey = (questionId: string, optionId: string): string => `${questionId}/${optionId}`;
