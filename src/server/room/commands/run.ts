import type { Database } from "better-sqlite3";
import {
  addMinuteToTimer,
  closeEvent,
  enterStage,
  isTimerRunning,
  MAX_TIMER_MINUTES,
  MINUTE_MS,
  pauseTimer,
  stageTimer,
  startTimer,
  stepEvent,
  timerFromMinutes,
  type HearthEvent,
  type Timer,
} from "../../../core";
import { events, requireEvent } from "../../db/repos/events";
import { stages } from "../../db/repos/run-sheet";
import type { CommandOutcome, HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { allowed, requireStage } from "./support/lookups";
import type { ReadonlyDatabase } from "../../db/prepared";

type RunMethods =
  | "run.goTo"
  | "run.next"
  | "run.previous"
  | "run.close"
  | "timer.start"
  | "timer.pause"
  | "timer.addMinute"
  | "timer.reset"
  | "clock.now";

/** Saves the event and reports it; an event that did not change is answered without a change in the feed. */
function saved(db: Database, before: HearthEvent, after: HearthEvent): CommandOutcome<HearthEvent> {
  if (after === before) return { value: before, eventId: before.id, upserts: [] };
  events.update(db, after);
  return { value: after, eventId: after.id, upserts: [{ kind: "event", value: after }] };
}

/** The event whose current stage's timer a command works on: it must be running, on a stage. */
function runningEvent(db: ReadonlyDatabase, eventId: string): HearthEvent {
  const event = requireEvent(db, eventId);
  if (event.status === "closed") throw new RoomError("conflict", "This event is closed. Reopen it in the set-up to run it again.");
  if (event.currentStageId === null) throw new RoomError("conflict", "The event has not started. Go to its first stage, then use the timer.");
  return event;
}

const withTimer = (event: HearthEvent, timer: Timer | null, seq: number): HearthEvent => ({ ...event, timer, updatedSeq: seq });

/** Server time in epoch ms: the command's own timestamp, so the change feed and the timer agree. */
const nowOf = (at: string) => Date.parse(at);

export const runHandlers: HandlersOf<RunMethods> = {
  "run.goTo": ({ db, seq }, { eventId, stageId }) => {
    const event = requireEvent(db, eventId);
    const stage = requireStage(db, stageId);
    if (event.currentStageId === stageId && event.status === "live") return saved(db, event, event);
    return saved(db, event, allowed(enterStage(event, stage, seq)));
  },

  "run.next": ({ db, seq }, { eventId }) => {
    const event = requireEvent(db, eventId);
    return saved(db, event, allowed(stepEvent(event, stages.listByEvent(db, eventId), "next", seq)));
  },

  "run.previous": ({ db, seq }, { eventId }) => {
    const event = requireEvent(db, eventId);
    return saved(db, event, allowed(stepEvent(event, stages.listByEvent(db, eventId), "previous", seq)));
  },

  "run.close": ({ db, seq, at }, { eventId }) => {
    const event = requireEvent(db, eventId);
    return saved(db, event, allowed(closeEvent(event, nowOf(at), seq)));
  },

  "timer.start": ({ db, seq, at }, { eventId, minutes }) => {
    const event = runningEvent(db, eventId);
    if (minutes !== undefined) return saved(db, event, withTimer(event, startTimer(timerFromMinutes(minutes), nowOf(at)), seq));
    if (!event.timer) throw new RoomError("conflict", "This stage has no timer. Say how many minutes it should run.");
    if (isTimerRunning(event.timer)) return saved(db, event, event);
    return saved(db, event, withTimer(event, startTimer(event.timer, nowOf(at)), seq));
  },

  "timer.pause": ({ db, seq, at }, { eventId }) => {
    const event = runningEvent(db, eventId);
    if (!event.timer) throw new RoomError("conflict", "This stage has no timer to pause.");
    if (!isTimerRunning(event.timer)) return saved(db, event, event);
    return saved(db, event, withTimer(event, pauseTimer(event.timer, nowOf(at)), seq));
  },

  "timer.addMinute": ({ db, seq, at }, { eventId }) => {
    const event = runningEvent(db, eventId);
    if (!event.timer) throw new RoomError("conflict", "This stage has no timer to add a minute to. Start one first.");
    const timer = addMinuteToTimer(event.timer, nowOf(at));
    if (timer.durationMs > MAX_TIMER_MINUTES * MINUTE_MS) throw new RoomError("conflict", `A timer runs for at most ${MAX_TIMER_MINUTES} minutes.`);
    return saved(db, event, withTimer(event, timer, seq));
  },

  "timer.reset": ({ db, seq }, { eventId }) => {
    const event = runningEvent(db, eventId);
    const stage = stages.get(db, event.currentStageId ?? "");
    return saved(db, event, withTimer(event, stage ? stageTimer(stage) : null, seq));
  },

  "clock.now": () => ({ serverTime: Date.now() }),
};
