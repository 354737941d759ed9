import { useId, useState } from "react";
import { isTimerRunning, MAX_TIMER_MINUTES, type HearthEvent } from "../../../core";
import type { RunCommand } from "./RunBar";

/** Start, pause, +1 minute and reset for the current stage; a stage without a default timer gets one by minutes. */
export function TimerControls({ event, command }: { event: HearthEvent; command: RunCommand }) {
  const minutesId = useId();
  const [minutes, setMinutes] = useState("5");
  const { run, busy } = command;
  const eventId = event.id;
  const timer = event.timer;

  if (!timer)
    return (
      <form
        noValidate
        className="timer-controls"
        onSubmit={(e) => {
          e.preventDefault();
          void run("timer.start", { eventId, minutes: Number(minutes) });
        }}
      >
        <label htmlFor={minutesId}>Minutes</label>
        <input
          id={minutesId}
          className="timer-controls__minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TIMER_MINUTES}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          Start timer
        </button>
      </form>
    );

  const running = isTimerRunning(timer);
  return (
    <div className="timer-controls" role="group" aria-label="Timer">
      {running ? (
        <button type="button" className="button" disabled={busy} onClick={() => void run("timer.pause", { eventId })}>
          Pause timer
        </button>
      ) : (
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void run("timer.start", { eventId })}>
          {timer.elapsedMs > 0 && timer.elapsedMs < timer.durationMs ? "Resume timer" : "Start timer"}
        </button>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void run("timer.addMinute", { eventId })}>
        +1 minute
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void run("timer.reset", { eventId })}>
        Reset timer
      </button>
    </div>
  );
}
