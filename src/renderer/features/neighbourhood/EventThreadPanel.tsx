import type { EventState } from "../../../core";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { AdoptPriorities } from "./AdoptPriorities";
import { ThreadLinks } from "./ThreadLinks";
import { useQuery } from "../../app/useQuery";
import "./neighbourhood.css";

/**
 * On every event: the way to its neighbourhood's and partnership's pages, "Make these
 * neighbourhood priorities" once a final round is revealed, and which of its themes and
 * actions belong to a priority of the neighbourhood.
 */
export function EventThreadPanel({ state }: { state: EventState }) {
  const eventId = state.event.id;
  const names = `${state.event.neighbourhood}|${state.event.partnership}`;
  const { result } = useQuery("neighbourhoods.ofEvent", { eventId }, `${eventId}|${names}`);
  if (result.state !== "ready") return null;
  const { neighbourhood, partnership } = result.value;
  return (
    <section className="event-thread" aria-labelledby="event-thread-h">
      <h2 id="event-thread-h">Neighbourhood thread</h2>
      <p>
        {neighbourhood ? (
          <a href={hrefFor({ name: "neighbourhood", id: neighbourhood.id })}>
            Neighbourhood: <Bidi>{neighbourhood.name}</Bidi>
          </a>
        ) : (
          <span className="muted">This event has no neighbourhood yet: choose one on its Set up page.</span>
        )}
        {partnership && (
          <>
            {" · "}
            <a href={hrefFor({ name: "partnership", id: partnership.id })}>
              Partnership: <Bidi>{partnership.name}</Bidi>
            </a>
          </>
        )}
      </p>
      {neighbourhood && <AdoptPriorities eventId={eventId} seq={state.seq} />}
      {neighbourhood && <ThreadLinks state={state} neighbourhoodId={neighbourhood.id} />}
    </section>
  );
}
