import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from "react";
import { hrefFor } from "../app/router";
import { Bidi } from "../ui/Bidi";
import { formatDate } from "../ui/format";
import { ActionsPanel } from "../features/actions/ActionsPanel";
import { EventLoadError } from "../ui/EventLoadError";
import { DevicesPage } from "../features/join/DevicesPage";
import { EventPrivacy } from "../features/privacy/EventPrivacy";
import { DoorContacts } from "../features/contacts/DoorContacts";
import { EventThreadPanel } from "../features/neighbourhood/EventThreadPanel";
import { DueExperimentsPanel, isWhatStage } from "../features/neighbourhood/DueExperiments";
import { openProjector, ProjectorControls } from "../features/projector/ProjectorControls";
import { RunBar } from "../features/run/RunBar";
import { RunStatus } from "../features/run/RunStatus";
import { VotingPage } from "../features/voting/VotingPage";
import { EventBoard } from "../features/board/EventBoard";
import { ToastProvider } from "../features/board/Toasts";
import { useEventState } from "../app/useEventState";
import "../features/board/run-view.css";

/** The run view's tabs, each one key away: Alt+1 … Alt+6. */
const TABS = [
  { id: "board", name: "Board" },
  { id: "devices", name: "Devices" },
  { id: "voting", name: "Voting" },
  { id: "projector", name: "Projector" },
  { id: "actions", name: "Actions" },
  { id: "report", name: "Report" },
] as const;
type TabId = (typeof TABS)[number]["id"];

/** The tab this window was on for this event, so a reload comes back to it. */
function savedTab(eventId: string): TabId {
  try {
    const saved = sessionStorage.getItem(`hearth.tab.${eventId}`);
    return TABS.find((t) => t.id === saved)?.id ?? "board";
  } catch {
    return "board";
  }
}

function saveTab(eventId: string, tab: TabId): void {
  try {
    sessionStorage.setItem(`hearth.tab.${eventId}`, tab);
  } catch {
    // Storage may be off: a reload then opens the board.
  }
}

/** Alt+digit chooses a tab from anywhere on the page (even while typing a note). */
function useTabKeys(choose: (tab: TabId) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const tab = TABS[Number(e.code.replace(/^(Digit|Numpad)/, "")) - 1];
      if (!tab || !/^(Digit|Numpad)\d$/.test(e.code)) return;
      e.preventDefault();
      choose(tab.id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [choose]);
}

/**
 * The facilitator's run view for the evening, made to fit a 1366×768 laptop: the stage, the
 * timer, what comes next, the projector and the devices always at the top; the board, devices,
 * voting, projector, actions and report one click (or Alt+digit) away, each filling the screen below.
 */
export function EventPage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  const ids = useId();
  const [tab, setTab] = useState<TabId>(() => savedTab(eventId));
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>());
  const choose = useCallback(
    (next: TabId, focus = false) => {
      setTab(next);
      saveTab(eventId, next);
      if (focus) tabRefs.current.get(next)?.focus();
    },
    [eventId],
  );
  useTabKeys(useCallback((next: TabId) => choose(next, true), [choose]));
  const title = loaded.state === "ready" ? loaded.value.event.title : "Event";
  useEffect(() => {
    document.title = `${title} · Hearth`;
  }, [title]);

  if (loaded.state === "loading") return <p>Loading the event…</p>;
  if (loaded.state === "error") return <EventLoadError message={loaded.message} />;

  const { event } = loaded.value;
  // Arrow keys move along the tabs (the usual tab pattern); Home and End go to either end.
  const onTabKey = (e: ReactKeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(TABS[(to + TABS.length) % TABS.length]!.id, true);
  };
  const panel = (id: TabId) => ({ id: `${ids}-${id}-panel`, role: "tabpanel", "aria-labelledby": `${ids}-${id}-tab`, hidden: tab !== id, className: `run-view__panel run-view__panel--${id}` });

  return (
    <div className="run-view">
      <header className="run-view__head">
        <div className="run-view__title">
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <a href={hrefFor({ name: "events" })}>Events</a>
          </nav>
          <h1>
            <Bidi>{event.title}</Bidi>
          </h1>
          <p className="event-page__meta">
            {formatDate(event.date)}
            {event.neighbourhood && (
              <>
                {" · "}
                <Bidi>{event.neighbourhood}</Bidi>
              </>
            )}
            {event.venue && (
              <>
                {" · "}
                <Bidi>{event.venue}</Bidi>
              </>
            )}
          </p>
          <button type="button" className="button button--small" onClick={() => openProjector(event.id)}>
            Open projector
          </button>
        </div>
        <RunBar state={loaded.value} />
        <RunStatus state={loaded.value} />
      </header>
      <div className="run-view__tabs" role="tablist" aria-label="Run view" onKeyDown={onTabKey}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => void (el ? tabRefs.current.set(t.id, el) : tabRefs.current.delete(t.id))}
            type="button"
            role="tab"
            id={`${ids}-${t.id}-tab`}
            aria-controls={`${ids}-${t.id}-panel`}
            aria-selected={tab === t.id}
            tabIndex={tab === t.id ? 0 : -1}
            aria-keyshortcuts={`Alt+${i + 1}`}
            title={`${t.name} (Alt+${i + 1})`}
            className="run-view__tab"
            onClick={() => choose(t.id)}
          >
            {t.name} <kbd className="run-view__key">Alt+{i + 1}</kbd>
          </button>
        ))}
      </div>
      <div {...panel("board")}>
        {isWhatStage(loaded.value) && <DueExperimentsPanel eventId={event.id} seq={loaded.value.seq} />}
        <ToastProvider>
          <EventBoard state={loaded.value} />
        </ToastProvider>
      </div>
      <div {...panel("devices")}>{tab === "devices" && <DevicesPage eventId={event.id} embedded />}</div>
      <div {...panel("voting")}>{tab === "voting" && <VotingPage eventId={event.id} embedded />}</div>
      <div {...panel("projector")}>
        <ProjectorControls state={loaded.value} withOpen={false} />
      </div>
      <div {...panel("actions")}>
        <ActionsPanel state={loaded.value} />
        <EventThreadPanel state={loaded.value} />
      </div>
      <div {...panel("report")}>
        <section className="card" aria-labelledby={`${ids}-report-h`}>
          <h2 id={`${ids}-report-h`}>Feedback report</h2>
          <p>Write, check and export the report residents get: what they said, what they chose and what happens next.</p>
          <a className="button button--primary" href={hrefFor({ name: "report", eventId: event.id })}>
            Open the report
          </a>
        </section>
        <DoorContacts eventId={event.id} />
        <EventPrivacy event={event} />
      </div>
    </div>
  );
}
