import { hrefFor } from "../app/router";
import { Bidi } from "./Bidi";

/** "Events › <the event>": the way back from any of an event's own pages. */
export function EventBreadcrumb({ eventId, title }: { eventId: string; title: string | null }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <a href={hrefFor({ name: "events" })}>Events</a> ›{" "}
      <a href={hrefFor({ name: "event", eventId })}>{title ? <Bidi>{title}</Bidi> : "The event"}</a>
    </nav>
  );
}
