import { useEffect } from "react";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { formatDate } from "../../ui/format";
import { DataNoticeBanner } from "../data/DataNoticeBanner";
import { NewEventForm } from "./NewEventForm";
import { useEvents } from "./useEvents";

export function EventsPage() {
  const { events, reload } = useEvents();
  useEffect(() => {
    document.title = "Events · Hearth";
  }, []);
  return (
    <div className="events-page">
      <section aria-labelledby="events-heading" className="events-page__list">
        <DataNoticeBanner />
        <h1 id="events-heading">Events</h1>
        {events.state === "loading" && <p>Loading events…</p>}
        {events.state === "error" && (
          <p role="alert" className="error">
            {events.message}{" "}
            <button type="button" onClick={reload}>
              Try again
            </button>
          </p>
        )}
        {events.state === "ready" && events.value.length === 0 && (
          <p className="muted">No events yet. Create the first one with the form.</p>
        )}
        {events.state === "ready" && events.value.length > 0 && (
          <ul className="event-list" aria-label="All events">
            {events.value.map((e) => (
              <li key={e.id} className="event-list__item">
                <a href={hrefFor({ name: "event", eventId: e.id })} className="event-list__link">
                  <Bidi className="event-list__title">{e.title}</Bidi>
                </a>
                <span className="event-list__meta">
                  {formatDate(e.date)}
                  {e.neighbourhood && (
                    <>
                      {" · "}
                      <Bidi>{e.neighbourhood}</Bidi>
                    </>
                  )}
                  {e.venue && (
                    <>
                      {" · "}
                      <Bidi>{e.venue}</Bidi>
                    </>
                  )}
                </span>
                <span className={`status status--${e.status}`}>{e.status}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="events-page__data">
          <a href={hrefFor({ name: "data" })}>Data and backups</a>
        </p>
      </section>
      <NewEventForm />
    </div>
  );
}
