import { useEffect } from "react";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { formatDate } from "../../ui/format";
import { ActionsPanel } from "../actions/ActionsPanel";
import { EventLoadError } from "../events/EventLoadError";
import { EventPrivacy } from "../privacy/EventPrivacy";
import { ProjectorControls } from "../projector/ProjectorControls";
import { RunBar } from "../run/RunBar";
import { EventBoard } from "./EventBoard";
import { EventThreadPanel } from "../neighbourhood/EventThreadPanel";
import { ToastProvider } from "./Toasts";
import { useEventState } from "./useEventState";

export function EventPage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  const title = loaded.state === "ready" ? loaded.value.event.title : "Event";
  useEffect(() => {
    document.title = `${title} · Hearth`;
  }, [title]);

  if (loaded.state === "loading") return <p>Loading the event…</p>;
  if (loaded.state === "error") return <EventLoadError message={loaded.message} />;

  const { event } = loaded.value;
  return (
    <div className="event-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: "events" })}>Events</a>
      </nav>
      <p className="event-page__devices">
        <a href={hrefFor({ name: "devices", eventId: event.id })}>Devices: let note-takers and phones join</a>
      </p>
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
      <RunBar state={loaded.value} />
      <p>
        <a href={hrefFor({ name: "voting", eventId: event.id })}>Dot voting</a>
      </p>
      <ToastProvider>
        <EventBoard state={loaded.value} />
      </ToastProvider>
      <ProjectorControls state={loaded.value} />
      <ActionsPanel state={loaded.value} />
      <EventThreadPanel state={loaded.value} />
      <EventPrivacy event={event} />
    </div>
  );
}
