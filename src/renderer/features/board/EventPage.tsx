import { useEffect } from "react";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { formatDate } from "../../ui/format";
import { EventBoard } from "./EventBoard";
import { ToastProvider } from "./Toasts";
import { useEventState } from "./useEventState";

export function EventPage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  const title = loaded.state === "ready" ? loaded.value.event.title : "Event";
  useEffect(() => {
    document.title = `${title} · Hearth`;
  }, [title]);

  if (loaded.state === "loading") return <p>Loading the event…</p>;
  if (loaded.state === "error")
    return (
      <>
        <h1>This event could not be opened</h1>
        <p role="alert" className="error">
          {loaded.message}
        </p>
        <p>
          <a href={hrefFor({ name: "events" })}>Back to the events</a>
        </p>
      </>
    );

  const { event } = loaded.value;
  return (
    <div className="event-page">
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
      {/* The run bar (stage, prompts, timer) goes here. */}
      <ToastProvider>
        <EventBoard state={loaded.value} />
      </ToastProvider>
    </div>
  );
}
