import type { HearthEvent, Timer } from "./event";
import type { Prompt, Stage } from "./stage";
import { pauseTimer, timerFromMinutes } from "./timer";

/**
 * Running an event: which stage comes next, and what entering a stage or closing the event
 * does to it. Pure, so the room and the tests share one set of rules.
 */

/** Stages in run-sheet order (position, then the order they were added). */
export function orderedStages(stages: Iterable<Stage>): Stage[] {
  return [...stages].sort((a, b) => a.position - b.position || a.createdSeq - b.createdSeq);
}

/** A stage's prompts, in order. */
export function promptsOfStage(prompts: Iterable<Prompt>, stageId: string): Prompt[] {
  return [...prompts].filter((p) => p.stageId === stageId).sort((a, b) => a.position - b.position || a.createdSeq - b.createdSeq);
}

/**
 * Every prompt in the order it is asked: by its stage's place in the run sheet, then its own
 * order in the stage; prompts of no stage come last. The board, the note boxes and the
 * report all list prompts this way.
 */
export function promptsInRunOrder(prompts: Iterable<Prompt>, stages: Iterable<Stage>): Prompt[] {
  const place = new Map(orderedStages(stages).map((s, i) => [s.id, i]));
  const at = (p: Prompt) => (p.stageId === null ? Number.MAX_SAFE_INTEGER : (place.get(p.stageId) ?? Number.MAX_SAFE_INTEGER));
  return [...prompts].sort((a, b) => at(a) - at(b) || a.position - b.position || a.createdSeq - b.createdSeq);
}

/**
 * The prompts that were asked at the tables, in the order they were asked: those of every
 * stage up to the one the event is at (or closed on), and any other prompt a note answers.
 * A later stage's prompt the event never reached is not among them.
 */
export function askedPrompts(prompts: Iterable<Prompt>, stages: Iterable<Stage>, currentStageId: string | null, answered: ReadonlySet<string>): Prompt[] {
  const list = orderedStages(stages);
  const reached = new Set(list.slice(0, list.findIndex((s) => s.id === currentStageId) + 1).map((s) => s.id));
  return promptsInRunOrder(prompts, list).filter((p) => answered.has(p.id) || (p.stageId !== null && reached.has(p.stageId)));
}

export type StageStep = "next" | "previous";

/**
 * The stage a step leads to, or null past either end. Before the first start (no current
 * stage) "next" leads to the first stage. A current stage that was removed counts as before
 * the start.
 */
export function stageAfterStep(stages: Iterable<Stage>, currentStageId: string | null, step: StageStep): Stage | null {
  const list = orderedStages(stages);
  const at = currentStageId === null ? -1 : list.findIndex((s) => s.id === currentStageId);
  if (at === -1) return step === "next" ? (list[0] ?? null) : null;
  return list[at + (step === "next" ? 1 : -1)] ?? null;
}

/** A stage's countdown as it starts: its default length, not yet running; none without a default. */
export const stageTimer = (stage: Stage): Timer | null => (stage.timerMinutes === null ? null : timerFromMinutes(stage.timerMinutes));

export type RunRefusal = { readonly refused: string };
export const isRefusal = (x: unknown): x is RunRefusal => typeof x === "object" && x !== null && "refused" in x;

/** Moving to a stage: the first move makes a planned event live; the stage's timer is set, not started. */
export function enterStage(event: HearthEvent, stage: Stage, seq: number): HearthEvent | RunRefusal {
  if (event.status === "closed") return { refused: "This event is closed. Reopen it in the set-up to run it again." };
  if (stage.eventId !== event.id) return { refused: "That stage belongs to another event." };
  return {
    ...event,
    status: "live",
    currentStageId: stage.id,
    timer: stageTimer(stage),
    updatedSeq: seq,
  };
}

/** Next or previous, with a plain refusal at either end of the run sheet. */
export function stepEvent(event: HearthEvent, stages: Iterable<Stage>, step: StageStep, seq: number): HearthEvent | RunRefusal {
  const list = [...stages];
  if (list.length === 0) return { refused: "This event has no stages yet. Add some in the set-up." };
  const target = stageAfterStep(list, event.currentStageId, step);
  if (!target) return { refused: step === "next" ? "This is already the last stage." : "This is already the first stage." };
  return enterStage(event, target, seq);
}

/** Closing stops the clock where it is; the stage stays as it was, for the record. */
export function closeEvent(event: HearthEvent, serverNow: number, seq: number): HearthEvent | RunRefusal {
  if (event.status === "closed") return { refused: "This event is already closed." };
  return { ...event, status: "closed", timer: event.timer && pauseTimer(event.timer, serverNow), updatedSeq: seq };
}
