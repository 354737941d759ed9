import { useEffect, useState } from "react";
import { EventBreadcrumb } from "../../ui/EventBreadcrumb";
import { EventLoadError } from "../../ui/EventLoadError";
import { useEventState } from "../../app/useEventState";
import { CompareRounds } from "./CompareRounds";
import { RoundForm } from "./RoundForm";
import { RoundPanel } from "./RoundPanel";
import { useClockOffset } from "../../app/useClockOffset";
import { STATUS_LABEL } from "./words";
import "./voting.css";

/**
 * The facilitator's dot voting: rounds, their controls, paper counts, voting for residents, results and comparisons.
 * `embedded`: a tab of the event's run view (no breadcrumb, an h2), rather than a page of its own.
 */
export function VotingPage({ eventId, embedded = false }: { eventId: string; embedded?: boolean }) {
  const loaded = useEventState(eventId);
  // The room's clock, learnt once (and again after a reconnect), so round timers read right.
  const serverOffset = useClockOffset() ?? 0;
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const title = loaded.state === "ready" ? loaded.value.event.title : "Event";
  useEffect(() => {
    if (!embedded) document.title = `Dot voting · ${title} · Hearth`;
  }, [title, embedded]);

  if (loaded.state === "loading") return <p>Loading the event…</p>;
  if (loaded.state === "error") return <EventLoadError message={loaded.message} />;

  const state = loaded.value;
  const rounds = [...state.round.values()].sort((a, b) => a.createdSeq - b.createdSeq);
  const round = (selected && state.round.get(selected)) || rounds.at(-1);
  const select = (id: string | null) => {
    setCreating(false);
    if (id) setSelected(id);
  };

  return (
    <div className="voting-page">
      {!embedded && <EventBreadcrumb eventId={eventId} title={state.event.title} />}
      {embedded ? <h2>Dot voting</h2> : <h1>Dot voting</h1>}
      <nav aria-label="Voting rounds" className="round-tabs">
        <ul>
          {rounds.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="round-tabs__tab"
                aria-current={!creating && r.id === round?.id ? "true" : undefined}
                onClick={() => select(r.id)}
              >
                <bdi dir="auto" className="round-tabs__title">
                  {r.title}
                </bdi>
                <span className="round-tabs__status">
                  {STATUS_LABEL[r.status]}
                  {r.final ? " · final" : ""}
                </span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="button round-tabs__new" aria-pressed={creating} onClick={() => setCreating(true)}>
              + New round
            </button>
          </li>
        </ul>
      </nav>
      {creating ? (
        <RoundForm state={state} onDone={select} />
      ) : round ? (
        <RoundPanel key={round.id} state={state} round={round} serverOffset={serverOffset} onSelect={select} />
      ) : (
        <p className="muted">
          No voting rounds yet. Create one once the notes are themed: residents put dots on what matters most, on phones or on the paper board.
        </p>
      )}
      <CompareRounds state={state} />
    </div>
  );
}
