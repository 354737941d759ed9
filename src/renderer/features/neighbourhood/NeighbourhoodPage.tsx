import { useEffect } from "react";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";
import { ExperimentsPanel } from "./ExperimentsPanel";
import { MeasuresPanel } from "./MeasuresPanel";
import { PlaceSettings } from "./PlaceSettings";
import { PriorityCard } from "./PriorityCard";
import { ArchiveDownload } from "./ThreadArchive";
import { useQuery } from "../../app/useQuery";
import { ThreadEvents } from "./ThreadEvents";
import { ThreadExports } from "./ThreadExports";
import { WinsPanel } from "./WinsPanel";
import { useLiveThread } from "./useLiveThread";
import { ReachPanel } from "./ReachPanel";
import "./neighbourhood.css";

/**
 * #/neighbourhoods/<id>: the neighbourhood's story across events. Its events in date order,
 * its priorities (status, lead and review date; the timeline of each across events; actions
 * and their progress; wins; measures), and its experiments. Each change reloads the thread.
 */
export function NeighbourhoodPage({ id }: { id: string }) {
  const { result, reload } = useQuery("neighbourhoods.thread", { id }, id);
  const ready = result.state === "ready" ? result.value : null;
  useLiveThread(ready?.neighbourhood.id ?? null, ready?.seq ?? null, reload);
  const name = result.state === "ready" ? result.value.neighbourhood.name : "Neighbourhood";
  useEffect(() => {
    document.title = `${name} · Hearth`;
  }, [name]);
  if (result.state === "loading") return <p>Loading the neighbourhood…</p>;
  if (result.state === "error") return <ErrorMessage error={result.message} />;
  const thread = result.value;
  // An old id (merged into another) shows the neighbourhood it went to, under its own address.
  if (thread.neighbourhood.id !== id) location.replace(hrefFor({ name: "neighbourhood", id: thread.neighbourhood.id }));
  return (
    <div className="thread">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href={hrefFor({ name: "neighbourhoods" })}>Neighbourhoods</a>
        {thread.partnership && (
          <>
            {" › "}
            <a href={hrefFor({ name: "partnership", id: thread.partnership.id })}>
              <Bidi>{thread.partnership.name}</Bidi>
            </a>
          </>
        )}
      </nav>
      <header>
        <h1>
          <Bidi>{thread.neighbourhood.name}</Bidi>
        </h1>
        {thread.formerNames.length > 0 && (
          <p className="thread__meta">
            Also written:{" "}
            {thread.formerNames.map((n, i) => (
              <span key={n}>
                {i > 0 && ", "}
                <Bidi>{n}</Bidi>
              </span>
            ))}
          </p>
        )}
      </header>
      <section aria-labelledby="events-h">
        <h2 id="events-h">Events</h2>
        {thread.events.length === 0 ? (
          <p className="muted">No events yet.</p>
        ) : (
          <ThreadEvents events={thread.events} />
        )}
      </section>
      <section aria-labelledby="priorities-h">
        <h2 id="priorities-h">Priorities</h2>
        {thread.priorities.length === 0 && <p className="muted">No priorities yet. Adopt them from an event's revealed final round, on the event's page.</p>}
        <div className="thread">
          {thread.priorities.map((p) => (
            <PriorityCard key={p.priority.id} view={p} thread={thread} onChanged={reload} />
          ))}
        </div>
      </section>
      <ReachPanel neighbourhoodId={thread.neighbourhood.id} />
      <WinsPanel thread={thread} onChanged={reload} />
      <MeasuresPanel neighbourhoodId={thread.neighbourhood.id} priorities={thread.priorities} measures={thread.measures} onChanged={reload} />
      <ExperimentsPanel thread={thread} onChanged={reload} />
      <ThreadExports neighbourhoodId={thread.neighbourhood.id} seq={thread.seq} />
      <PlaceSettings thread={thread} onChanged={reload} />
      <ArchiveDownload neighbourhoodId={thread.neighbourhood.id} />
    </div>
  );
}
