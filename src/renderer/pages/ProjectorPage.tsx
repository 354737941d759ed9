import { useContext, useEffect, useState, type ReactNode } from "react";
import { I18nContext, I18nextProvider, useTranslation } from "react-i18next";
import type { EventState } from "../../core";
import { useEventState } from "../app/useEventState";
import { Countdown } from "../ui/Countdown";
import { setUpI18n } from "../i18n/i18n";
import { useCountdownLabels } from "../i18n/useCountdownLabels";
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
  // A wall joined from the hall speaks its phone app's language; the facilitator's wall window gets its own.
  const outer = useContext(I18nContext) as { i18n?: unknown } | undefined;
  if (outer?.i18n) return <Projector eventId={eventId} />;
  return (
    <OwnLanguage>
      <Projector eventId={eventId} />
    </OwnLanguage>
  );
}

/** The wall's words, in the browser's language (or the one chosen on this browser before), from the same catalogues as the phones. */
function OwnLanguage({ children }: { children: ReactNode }) {
  const [i18n] = useState(setUpI18n);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

function Projector({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const loaded = useEventState(eventId);
  useEffect(() => {
    document.documentElement.classList.add("projector-root");
    return () => document.documentElement.classList.remove("projector-root");
  }, []);
  const title = loaded.state === "ready" ? loaded.value.event.title : "Hearth";
  useEffect(() => {
    document.title = `${t("wall.title", { title })} · Hearth`;
  }, [title, t]);

  if (loaded.state !== "ready")
    return (
      <main className="projector projector--dark">
        <p className="projector__message">{loaded.state === "loading" ? t("wall.connecting") : t("wall.cannotOpen")}</p>
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
  const { t } = useTranslation();
  const offsetMs = useClockOffset();
  const timerLabels = useCountdownLabels();
  const screen = screenOf(state);
  const content = chooseContent(state);
  const theme = `projector projector--${screen.contrast}`;
  if (content.kind === "blank") return <main className={`${theme} projector--blank`} aria-label={t("wall.blanked")} />;
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
              <Countdown timer={state.event.timer} offsetMs={offsetMs} size="large" labels={timerLabels} />
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
          <p className="projector__message">{t("wall.private", { count: content.written })}</p>
        )}
        {content.kind === "results" && !content.round && <p className="projector__message">{t("wall.noVote")}</p>}
        {content.kind === "results" && content.round && !content.results && <TurnoutWall round={content.round} turnout={content.turnout} />}
        {content.kind === "results" && content.results && <ResultsWall results={content.results} />}
        {content.kind === "stage" && !isReviewStage(state) && <StageView stage={content.stage} prompts={prompts} />}
        {content.kind === "stage" && isReviewStage(state) && <ReviewWall eventId={state.event.id} seq={state.seq} />}
      </section>
    </main>
  );
}
