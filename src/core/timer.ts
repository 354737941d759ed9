import type { Timer } from "./event";

/**
 * Countdown arithmetic, in server time, shared by the room (which changes timers) and every
 * screen (which shows them). A screen never trusts its own clock: it adds the offset it
 * learned from the server (`clockOffsetMs`) to `Date.now()` and passes that as `serverNow`.
 */

export const MINUTE_MS = 60_000;
/** The longest countdown: the same bound as a stage's default timer. */
export const MAX_TIMER_MINUTES = 240;

export const timerFromMinutes = (minutes: number): Timer => ({ durationMs: minutes * MINUTE_MS, startedAt: null, elapsedMs: 0 });

export const isTimerRunning = (timer: Timer): boolean => timer.startedAt !== null;

/** Time counted so far, never more than the duration (a finished timer stays at zero left). */
export function timerElapsedMs(timer: Timer, serverNow: number): number {
  const sinceStart = timer.startedAt === null ? 0 : Math.max(0, serverNow - timer.startedAt);
  return Math.min(timer.durationMs, timer.elapsedMs + sinceStart);
}

export const timerRemainingMs = (timer: Timer, serverNow: number): number => timer.durationMs - timerElapsedMs(timer, serverNow);

/** Starts or resumes; starting a finished timer runs it again from the full duration. */
export function startTimer(timer: Timer, serverNow: number): Timer {
  if (isTimerRunning(timer)) return timer;
  const elapsedMs = timer.elapsedMs >= timer.durationMs ? 0 : timer.elapsedMs;
  return { ...timer, startedAt: serverNow, elapsedMs };
}

export function pauseTimer(timer: Timer, serverNow: number): Timer {
  if (!isTimerRunning(timer)) return timer;
  return { ...timer, startedAt: null, elapsedMs: timerElapsedMs(timer, serverNow) };
}

/**
 * One more minute. The time counted so far is folded in first, so a timer that ran out
 * shows exactly one minute left (not one minute minus the overrun), and keeps running.
 */
export function addMinuteToTimer(timer: Timer, serverNow: number): Timer {
  const elapsedMs = timerElapsedMs(timer, serverNow);
  return {
    durationMs: timer.durationMs + MINUTE_MS,
    startedAt: isTimerRunning(timer) ? serverNow : null,
    elapsedMs,
  };
}

/**
 * How far the server's clock is ahead of this device's, from one round trip: the server read
 * its clock somewhere between sending and receiving, so the midpoint is the best guess.
 */
export function clockOffsetMs(serverTime: number, sentAt: number, receivedAt: number): number {
  return Math.round(serverTime - (sentAt + receivedAt) / 2);
}

/** "4:59", "0:07", "1:05:00": whole seconds rounded up, so a fresh 5-minute timer reads 5:00. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** The same in words, for screen readers and labels: "4 minutes 59 seconds". */
export function describeCountdown(ms: number): string {
  const { minutes, seconds } = countdownParts(ms);
  const parts = [minutes !== null ? `${minutes} minute${minutes === 1 ? "" : "s"}` : "", seconds !== null ? `${seconds} second${seconds === 1 ? "" : "s"}` : ""];
  return parts.filter(Boolean).join(" ");
}

/** The minutes and seconds a countdown says, each null when it is left out ("4 minutes", "1 second", "0 seconds"), for any language to word. */
export function countdownParts(ms: number): { minutes: number | null; seconds: number | null } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return { minutes: m ? m : null, seconds: s || !m ? s : null };
}
