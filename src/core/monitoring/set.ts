import { z } from "zod";
import { EventId } from "../ids";
import { userText } from "../text";
import { STANDARD_QUESTIONS } from "./standard";

/** Every question's last option, never stored in a set: added by optionsOf. */
export const PREFER_NOT = "prefer-not";
export const PREFER_NOT_LABEL = "Prefer not to say";
/** Below this many answers to a special-category option, it is never split by another answer. */
export const DEFAULT_SPLIT_THRESHOLD = 25;

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "an id uses only a–z, 0–9 and '-', at most 40");

export const MonitoringOption = z.object({
  id: Slug.refine((id) => id !== PREFER_NOT, "every question has “Prefer not to say” already"),
  label: userText("An option", 120),
  group: userText("An option's group", 80).optional(),
});
export type MonitoringOption = z.infer<typeof MonitoringOption>;

export const MonitoringQuestion = z
  .object({
    id: Slug,
    label: userText("A question", 200),
    /** Special category (UK GDPR art. 9: ethnicity, religion, health…): never split by another answer below the threshold. */
    specialCategory: z.boolean(),
    options: z.array(MonitoringOption).min(1, "a question needs at least one option").max(40, "a question has at most 40 options"),
  })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, "two options of a question have the same id");
export type MonitoringQuestion = z.infer<typeof MonitoringQuestion>;

/** A group the organiser wants to hear from ("young carers"): one option of one question, with a hoped-for count. */
export const MonitoringTarget = z.object({
  id: Slug,
  label: userText("A target group", 120),
  questionId: Slug,
  optionId: Slug,
  hopedFor: z.number().int().min(1, "hope for at least 1").max(100_000),
});
export type MonitoringTarget = z.infer<typeof MonitoringTarget>;

/** An event's "About you" set: which questions it asks, the groups it hopes to hear from. */
export const MonitoringSet = z
  .object({
    eventId: EventId,
    enabled: z.boolean(),
    questions: z.array(MonitoringQuestion).max(30, "at most 30 questions"),
    targets: z.array(MonitoringTarget).max(30, "at most 30 target groups"),
    splitThreshold: z.number().int().min(5).max(1000),
  })
  .superRefine((set, ctx) => {
    const ids = set.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "two questions have the same id", path: ["questions"] });
    if (new Set(set.targets.map((t) => t.id)).size !== set.targets.length) ctx.addIssue({ code: "custom", message: "two target groups have the same id", path: ["targets"] });
    for (const t of set.targets) {
      const q = set.questions.find((x) => x.id === t.questionId);
      if (!q || !q.options.some((x) => x.id === t.optionId))
        ctx.addIssue({ code: "custom", message: `The target group “${t.label}” is not an answer to one of the questions asked`, path: ["targets"] });
    }
  });
export type MonitoringSet = z.infer<typeof MonitoringSet>;

/** A question's options as people see them: its own, then "Prefer not to say". */
export const optionsOf = (q: Pick<MonitoringQuestion, "options">): MonitoringOption[] => [...q.options, { id: PREFER_NOT, label: PREFER_NOT_LABEL }];

/** The standard questions, as a set starts (off until the organiser turns it on). */
export function defaultMonitoringSet(eventId: EventId): MonitoringSet {
  return {
    eventId,
    enabled: false,
    questions: STANDARD_QUESTIONS.map((q) => ({ id: q.id, label: q.label, specialCategory: q.specialCategory, options: q.options.map((x) => ({ ...x })) })),
    targets: [],
    splitThreshold: DEFAULT_SPLIT_THRESHOLD,
  };
}
