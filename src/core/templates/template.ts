import { z } from "zod";
import { EventKind } from "../event";
import { Id, Seq, EventId } from "../ids";
import { orderedStages, promptsOfStage } from "../run";
import { StageKind, type Prompt, type Stage } from "../stage";
import { MAX_TIMER_MINUTES } from "../timer";
import { TITLE_MAX, userText } from "../text";

/** The longest prompt or stage description, in visible characters. */
export const PROMPT_MAX = 300;
export const DESCRIPTION_MAX = 500;
/** Bounds that keep a run sheet (and one change carrying all of it) a sensible size. */
export const MAX_STAGES = 40;
export const MAX_PROMPTS_PER_STAGE = 20;

export const TimerMinutes = z
  .number({ error: "A timer is a whole number of minutes" })
  .int("A timer is a whole number of minutes")
  .min(1, "A timer runs for at least 1 minute")
  .max(MAX_TIMER_MINUTES, `A timer runs for at most ${MAX_TIMER_MINUTES} minutes`);

/** One stage of a template, with its prompts as plain text: what an event's run sheet is copied from. */
export const TemplateStage = z.object({
  kind: StageKind,
  title: z.string(),
  description: z.string(),
  timerMinutes: TimerMinutes.nullable(),
  privateWriting: z.boolean(),
  prompts: z.array(z.string()).max(MAX_PROMPTS_PER_STAGE),
});
export type TemplateStage = z.infer<typeof TemplateStage>;

/** A ready run sheet for a kind of event. */
export interface BuiltInTemplate {
  readonly kind: EventKind;
  readonly name: string;
  /** One line for the kind chooser. */
  readonly summary: string;
  readonly stages: readonly TemplateStage[];
}

/** A run sheet a facilitator saved from one of their events ("Save as template"). */
export const CustomTemplate = z.object({
  id: Id,
  name: z.string(),
  /** The kind of the event it was saved from; events created from it take this kind. */
  kind: EventKind,
  stages: z.array(TemplateStage).max(MAX_STAGES),
  createdSeq: Seq,
});
export type CustomTemplate = z.infer<typeof CustomTemplate>;

export const TemplateName = userText("The template name", TITLE_MAX);

export const TemplateSaveInput = z.strictObject({
  id: Id,
  eventId: EventId,
  name: TemplateName,
});
export type TemplateSaveInput = z.input<typeof TemplateSaveInput>;

/**
 * An event's run sheet, laid out from a template: fresh ids from `newId`, positions 1, 2, 3…
 * in the template's order, all stamped with the command's sequence number.
 */
export function layOutTemplate(
  template: readonly TemplateStage[],
  eventId: EventId,
  seq: number,
  newId: () => string,
): { stages: Stage[]; prompts: Prompt[] } {
  const stages: Stage[] = [];
  const prompts: Prompt[] = [];
  template.forEach((t, i) => {
    const stage: Stage = {
      id: newId(),
      eventId,
      position: i + 1,
      kind: t.kind,
      title: t.title,
      description: t.description,
      timerMinutes: t.timerMinutes,
      privateWriting: t.privateWriting,
      createdSeq: seq,
      updatedSeq: seq,
    };
    stages.push(stage);
    t.prompts.forEach((text, j) =>
      prompts.push({ id: newId(), eventId, stageId: stage.id, position: j + 1, text, createdSeq: seq, updatedSeq: seq }),
    );
  });
  return { stages, prompts };
}

/** The reverse: an event's run sheet as a template (stages and prompts in their current order). */
export function templateFromRunSheet(stages: readonly Stage[], prompts: readonly Prompt[]): TemplateStage[] {
  return orderedStages(stages).map((s) => ({
    kind: s.kind,
    title: s.title,
    description: s.description,
    timerMinutes: s.timerMinutes,
    privateWriting: s.privateWriting,
    prompts: promptsOfStage(prompts, s.id).map((p) => p.text),
  }));
}
