import { useId } from "react";
import { orderedStages, promptsOfStage, type EventState } from "../../../core";
import { hrefFor } from "../../app/router";
import { useCommand } from "../../app/useCommand";
import { EventStatusBadge } from "../../ui/EventStatusBadge";
import { Countdown } from "../../ui/Countdown";
import { StageNav } from "./StageNav";
import { StageNow } from "../../ui/StageNow";
import { TimerControls } from "./TimerControls";
import { useClockOffset } from "../../app/useClockOffset";
import "../../ui/run.css";
import { ErrorMessage } from "../../ui/ErrorMessage";

export type RunCommand = ReturnType<typeof useCommand>;

/**
 * The facilitator's controls for running the event, above the notes: the stage now, its
 * prompts and countdown, and the way to the next stage. Every screen on the event sees the
 * stage and the timer change through the room's feed.
 */
export function RunBar({ state }: { state: EventState }) {
  const headingId = useId();
  const offset = useClockOffset();
  const command = useCommand();
  const { event } = state;
  const stages = orderedStages(state.stage.values());
  const index = stages.findIndex((s) => s.id === event.currentStageId);
  const current = stages[index];
  const setup = hrefFor({ name: "event-setup", eventId: event.id });

  return (
    <section className={`run-bar card run-bar--${event.status}`} aria-labelledby={headingId}>
      <div className="run-bar__main">
        {current ? (
          <StageNow stage={current} index={index} total={stages.length} prompts={promptsOfStage(state.prompt.values(), current.id)} headingId={headingId} />
        ) : (
          <div className="stage-now">
            <p className="stage-now__step">{stages.length === 0 ? "No stages yet" : `${stages.length} stages`}</p>
            <h2 id={headingId} className="stage-now__title">
              {event.status === "closed" ? "The event is closed" : "Not started yet"}
            </h2>
            {stages.length === 0 && (
              <p className="stage-now__description">
                Add stages and prompts in the <a href={setup}>set-up</a>.
              </p>
            )}
          </div>
        )}
        {current && event.status !== "closed" && (
          <div className="run-bar__timer">
            <Countdown timer={event.timer} offsetMs={offset} />
            <TimerControls event={event} command={command} />
          </div>
        )}
      </div>
      <div className="run-bar__footer">
        <EventStatusBadge status={event.status} />
        <StageNav event={event} stages={stages} index={index} command={command} />
        <a className="run-bar__setup" href={setup}>
          Set up stages and details
        </a>
      </div>
      <ErrorMessage error={command.error} />
    </section>
  );
}
