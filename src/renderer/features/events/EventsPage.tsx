import { useEffect, useState } from "react";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { formatDate } from "../../ui/format";
import { EventFilters } from "./EventFilters";
import { filterEvents, NO_FILTER } from "./event-filter";
import { EventStatusBadge } from "../../ui/EventStatusBadge";
import { DataNoticeBanner } from "../../app/DataNoticeBanner";
import { NewEventForm } from "./NewEventForm";
import { ArchiveImport } from "./ArchiveImport";
import { FeedbackClockBadge } from "../../ui/FeedbackClockBadge";
import { useEvents } from "./useEvents";
import { EventPlaces, usePlaceHrefs } from "./EventPlaces";

export function EventsPage() {
  const { events, reload } = useEvents();
  const [filter, setFilter] = useState(NO_FILTER);
  useEffect(() => {
    document.title = "Events · Hearth";
  }, []);
  const all = events.state === "ready" ? events.value : [];
  const shown = filterEvents(all, filter);
  const placeHrefs = usePlaceHrefs(String(all.length));
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
        {events.state === "ready" && all.length === 0 && <p className="muted">No events yet. Create the first one with the form.</p>}
        {all.length > 0 && (
          <>
            <EventFilters events={all} filter={filter} onChange={setFilter} />
            <p className="muted event-count" role="status">
              {shown.length === all.length ? `${all.length} event${all.length === 1 ? "" : "s"}` : `Showing ${shown.length} of ${all.length} events`}
            </p>
          </>
        )}
        {shown.length > 0 && (
          <ul className="event-list" aria-label="All events">
            {shown.map((e) => (
              <li key={e.id} className="event-list__item">
                <a href={hrefFor({ name: "event", eventId: e.id })} className="event-list__link">
                  <span id={`title-${e.id}`}>
                    <Bidi className="event-list__title">{e.title}</Bidi>
                  </span>
                </a>
                <span className="event-list__meta">
                  {formatDate(e.date)}
                  <EventPlaces event={e} hrefs={placeHrefs} />
                </span>
                <EventStatusBadge status={e.status} />
                <FeedbackClockBadge eventId={e.id} />
                {/* Named "Set up" and described by the title, so the title names only one link. */}
                <a className="event-list__setup" href={hrefFor({ name: "event-setup", eventId: e.id })} aria-describedby={`title-${e.id}`}>
                  Set up
                </a>
              </li>
            ))}
          </ul>
        )}
        <p className="events-page__data">
          <a href={hrefFor({ name: "data" })}>Data and backups</a>
        </p>
      </section>
      <NewEventForm />
      <ArchiveImport />
    </div>
  );
}
