import { z } from "zod";
import { HearthEvent, Id, TimerMinutes, EventId } from "../../core";
import { command, EVERYONE, FACILITATOR_ONLY, query } from "./define";

const OfEvent = z.strictObject({ eventId: EventId });

/** Running an event: moving between stages and the current stage's countdown. Each answers with the event. */
export const runMethods = {
  /** Jump to any stage. The first move makes a planned event live. */
  "run.goTo": command(z.strictObject({ eventId: EventId, stageId: Id }), HearthEvent, FACILITATOR_ONLY),
  "run.next": command(OfEvent, HearthEvent, FACILITATOR_ONLY),
  "run.previous": command(OfEvent, HearthEvent, FACILITATOR_ONLY),
  "run.close": command(OfEvent, HearthEvent, FACILITATOR_ONLY),
  /** Starts or resumes the countdown; `minutes` sets one up on a stage that has none. */
  "timer.start": command(z.strictObject({ eventId: EventId, minutes: TimerMinutes.optional() }), HearthEvent, FACILITATOR_ONLY),
  "timer.pause": command(OfEvent, HearthEvent, FACILITATOR_ONLY),
  "timer.addMinute": command(OfEvent, HearthEvent, FACILITATOR_ONLY),
  /** Back to the stage's default, not running (no timer when the stage has no default). */
  "timer.reset": command(OfEvent, HearthEvent, FACILITATOR_ONLY),
  /** The server's clock, epoch ms: every screen counts down in server time (see core/timer.ts). */
  "clock.now": query(z.strictObject({}), z.object({ serverTime: z.number() }), EVERYONE),
} as const;
