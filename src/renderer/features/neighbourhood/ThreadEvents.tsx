import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { formatDate } from "../../ui/format";

/** A neighbourhood's or partnership's events in date order, each a link to its page. */
export function ThreadEvents({ events }: { events: readonly { id: string; date: string; title: string }[] }) {
  return (
    <ol className="thread__events">
      {events.map((e) => (
        <li key={e.id}>
          {formatDate(e.date)}:{" "}
          <a href={hrefFor({ name: "event", eventId: e.id })}>
            <Bidi>{e.title}</Bidi>
          </a>
        </li>
      ))}
    </ol>
  );
}
