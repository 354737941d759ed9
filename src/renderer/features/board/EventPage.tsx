import { useEffect, useState } from "react";
import { notesInOrder } from "../../../core";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { formatDate } from "../../ui/format";
import { RunBar } from "../run/RunBar";
import { EventPrivacy } from "../privacy/EventPrivacy";
import { NoteComposer, type PendingNote } from "./NoteComposer";
import { ProjectorControls } from "../projector/ProjectorControls";
import { ActionsPanel } from "../actions/ActionsPanel";
import { NoteList } from "./NoteList";
import { useEventState } from "./useEventState";

export function EventPage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  const [pending, setPending] = useState<PendingNote[]>([]);
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
  const notes = notesInOrder(loaded.value);
  // A note shows at once, marked "sending" until the room's feed has it.
  const unsent = pending.filter((p) => !loaded.value.note.has(p.id));
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
      <NoteComposer
        eventId={event.id}
        onPending={(p) => setPending((all) => [...all.filter((x) => loaded.value.note.has(x.id) === false), p])}
        onSettled={(id) => setPending((all) => all.filter((x) => x.id !== id))}
      />
      <NoteList notes={notes} unsent={unsent} />
      <ProjectorControls state={loaded.value} />
      <ActionsPanel state={loaded.value} />
      <EventPrivacy event={event} />
    </div>
  );
}
