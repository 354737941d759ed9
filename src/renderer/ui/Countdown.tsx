import { useEffect, useState } from "react";
import { describeCountdown, formatCountdown, isTimerRunning, timerRemainingMs, type Timer } from "../../core";
import "./run.css";

/** The words a countdown says; a phone passes its own catalogue's, other screens use English. */
export interface CountdownLabels {
  readonly syncing: string;
  readonly done: string;
  readonly running: string;
  readonly paused: string;
  readonly ready: string;
  /** The accessible name: "Time left: 4 minutes 10 seconds". */
  readonly timeLeft: (described: string) => string;
  /** "4 minutes 10 seconds" in the screen's language; English (core's describeCountdown) when not given. */
  readonly describe?: (ms: number) => string;
  readonly checking: string;
}

const ENGLISH: CountdownLabels = {
  syncing: "Checking the time…",
  done: "Time’s up",
  running: "Running",
  paused: "Paused",
  ready: "Ready",
  timeLeft: (d) => `Time left: ${d}`,
  checking: "Time left: checking",
};

/** The last minute gets a gentle cue (countdown--ending) before time is up. */
const ENDING_MS = 60_000;

/**
 * A stage's countdown, live, in server time: any screen (facilitator, projector, phone) can
 * show one. `offsetMs` comes from useClockOffset(); while it is unknown a running timer shows
 * dashes rather than a time that could be wrong. The display ticks as each second turns.
 */
export function Countdown({
  timer,
  offsetMs,
  size = "normal",
  labels = ENGLISH,
}: {
  timer: Timer | null;
  offsetMs: number | null;
  size?: "normal" | "large";
  labels?: CountdownLabels;
}) {
  const running = timer !== null && isTimerRunning(timer);
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running || offsetMs === null || !timer) return;
    let handle: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const left = timerRemainingMs(timer, Date.now() + offsetMs);
      if (left <= 0) return tick((n) => n + 1);
      // Wake just after the displayed second changes (seconds are rounded up).
      handle = setTimeout(() => {
        tick((n) => n + 1);
        schedule();
      }, (left % 1000 || 1000) + 15);
    };
    schedule();
    return () => clearTimeout(handle);
  }, [running, offsetMs, timer]);

  if (!timer) return null;
  const known = !running || offsetMs !== null;
  const left = timerRemainingMs(timer, Date.now() + (offsetMs ?? 0));
  const state = !known ? "syncing" : left <= 0 ? "done" : running ? "running" : "paused";
  const stateText = { syncing: labels.syncing, done: labels.done, running: labels.running, paused: timer.elapsedMs === 0 ? labels.ready : labels.paused }[state];
  const ending = state === "running" && left <= ENDING_MS ? " countdown--ending" : "";
  return (
    <div className={`countdown countdown--${state} countdown--${size}${ending}`}>
      <span role="timer" className="countdown__time" aria-label={known ? labels.timeLeft((labels.describe ?? describeCountdown)(left)) : labels.checking}>
        {known ? formatCountdown(left) : "–:––"}
      </span>
      <span className="countdown__state">{stateText}</span>
    </div>
  );
}
