import { useEffect } from "react";
import type { EventState } from "../../core";
import { useEventState } from "../app/useEventState";
import { Countdown } from "../ui/Countdown";
import { useClockOffset } from "../app/useClockOffset";
import { FullScreenButton } from "../features/projector/FullScreenButton";
import { chooseContent, currentStage, screenOf } from "../app/choose-view";
import { JoinCorner } from "../features/projector/JoinCorner";
import { NotesWall } from "../features/projector/NotesWall";
import { NoteSpotlight, ThemeSpotlight } from "../features/projector/Spotlights";
import { StageView } from "../features/projector/StageView";
import { ThemesWall } from "../features/projector/ThemesWall";
import { ResultsWall, TurnoutWall } from "../features/projector/VotingWall";
import "../features/projector/projector.css";
import { isReviewStage, ReviewWall } from "../features/neighbourhood/ReviewWall";
import { DueExperimentsWall, isWhatStage } from "../features/neighbourhood/DueExperiments";

/**
 * The room's shared screen: what the facilitator chooses, large enough to read from the back
 * of a hall. It has no controls, no cursor and no scrollbars; it only follows the event.
 */
export function ProjectorPage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  useEffect(() => {
    document.documentElement.classList.add("projector-root");
    return () => document.documentElement.classList.remove("projector-root");
  }, []);
  const title = loaded.state === "ready" ? loaded.value.event.title : "Hearth";
  useEffect(() => {
    document.title = `${title} · Projector · Hearth`;
  }, [title]);

  if (loaded.state !== "ready")
    return (
      <main className="projector projector--dark">
        <p className="projector__message">{loaded.state === "loading" ? "Connecting…" : loaded.message}</p>
      </main>
    );
  return (
    <>
      <Wall state={loaded.value} />
      <FullScreenButton />
    </>
  );
}

function Wall({ state }: { state: EventState }) {
  const offsetMs = useClockOffset();
  const screen = screenOf(state);
  const content = chooseContent(state);
  const theme = `projector projector--${screen.contrast}`;
  if (content.kind === "blank") return <main className={`${theme} projector--blank`} aria-label="Screen blanked" />;
  const stage = currentStage(state);
  const prompts = stage ? [...state.prompt.values()].filter((p) => p.stageId === stage.id).sort((a, b) => a.position - b.position) : [];
  const spotlit = content.kind === "spotlight-note" || content.kind === "spotlight-theme";
  return (
    <main className={spotlit ? `${theme} projector--spotlight` : theme}>
      {!spotlit && (
        <header className="projector__header">
          <div className="projector__heading">
          {stage && (
            <p className="projector__stage" dir="auto">
              {stage.title}
            </p>
          )}
          {prompts[0] && (
            <h1 className="projector__prompt" dir="auto">
              {prompts[0].text}
            </h1>
          )}
          {!prompts[0] && (
            <h1 className="projector__prompt" dir="auto">
              {state.event.title}
            </h1>
          )}
          </div>
          {state.event.timer && (
            <div className="projector__timer">
              <Countdown timer={state.event.timer} offsetMs={offsetMs} size="large" />
            </div>
          )}
          {screen.showJoin && <JoinCorner eventId={state.event.id} />}
        </header>
      )}
      <section className="projector__body">
        {content.kind === "notes" && !(isWhatStage(state) && content.notes.length === 0) && <NotesWall notes={content.notes} />}
        {content.kind === "notes" && isWhatStage(state) && content.notes.length === 0 && (
          <DueExperimentsWall eventId={state.event.id} seq={state.seq} fallback={<NotesWall notes={content.notes} />} />
        )}
        {content.kind === "themes" && <ThemesWall themes={content.themes} unsorted={content.unsorted} />}
        {content.kind === "spotlight-note" && <NoteSpotlight note={content.note} raised={content.raised} />}
        {content.kind === "spotlight-theme" && <ThemeSpotlight theme={content.theme} notes={content.notes} />}
        {content.kind === "private" && (
          <p className="projector__message">
            Private writing: {content.written} {content.written === 1 ? "note" : "notes"} written so far. They appear when the facilitator reveals them.
          </p>
        )}
        {content.kind === "results" && !content.round && <p className="projector__message">No vote has started yet.</p>}
        {content.kind === "results" && content.round && !content.results && <TurnoutWall round={content.round} turnout={content.turnout} />}
        {content.kind === "results" && content.results && <ResultsWall results={content.results} />}
        {content.kind === "stage" && !isReviewStage(state) && <StageView stage={content.stage} prompts={prompts} />}
        {content.kind === "stage" && isReviewStage(state) && <ReviewWall eventId={state.event.id} seq={state.seq} />}
      </section>
    </main>
  );
}
