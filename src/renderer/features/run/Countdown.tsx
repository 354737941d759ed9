import { useEffect, useState } from "react";
import { describeCountdown, formatCountdown, isTimerRunning, timerRemainingMs, type Timer } from "../../../core";
import "./run.css";

/**
 * A stage's countdown, live, in server time: any screen (facilitator, projector, phone) can
 * show one. `offsetMs` comes from useClockOffset(); while it is unknown a running timer shows
 * dashes rather than a time that could be wrong. The display ticks as each second turns.
 */
export function Countdown({ timer, offsetMs, size = "normal" }: { timer: Timer | null; offsetMs: number | null; size?: "normal" | "large" }) {
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
  const stateText = { syncing: "Checking the time…", done: "Time’s up", running: "Running", paused: timer.elapsedMs === 0 ? "Ready" : "Paused" }[state];
  return (
    <div className={`countdown countdown--${state} countdown--${size}`}>
      <span role="timer" className="countdown__time" aria-label={known ? `Time left: ${describeCountdown(left)}` : "Time left: checking"}>
        {known ? formatCountdown(left) : "–:––"}
      </span>
      <span className="countdown__state">{stateText}</span>
    </div>
  );
}
