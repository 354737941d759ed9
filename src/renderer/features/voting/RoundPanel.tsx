import { useMemo, useState } from "react";
import { lookupIn, resolveItem, roundItems, roundResults, votingNow, type EventState, type VoteRound } from "../../../core";
import { CastOnBehalf } from "./CastOnBehalf";
import { PaperEntryGrid } from "./PaperEntryGrid";
import { ResultsChart } from "./ResultsChart";
import { ResultsTable } from "./ResultsTable";
import { RoundControls } from "./RoundControls";
import { RoundForm } from "./RoundForm";
import { RoundStatus } from "./RoundStatus";
import { resultsShown, rulesLine } from "./words";

/** One round at the laptop: where it stands, its controls, paper entry, voting for residents, and its results. */
export function RoundPanel({ state, round, serverOffset, onSelect }: { state: EventState; round: VoteRound; serverOffset: number; onSelect: (roundId: string) => void }) {
  const [editing, setEditing] = useState(false);
  const lookup = useMemo(() => lookupIn(state), [state]);
  const items = useMemo(() => roundItems(round, lookup), [round, lookup]);
  // Paper counts per item as they stand now: counts on notes since merged add up under the survivor.
  const paper = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of state.paperCount.values()) {
      const to = p.roundId === round.id ? resolveItem(round.target, p.itemId, lookup) : null;
      if (to !== null) counts.set(to, (counts.get(to) ?? 0) + p.dots);
    }
    return counts;
  }, [state.paperCount, round, lookup]);
  const results = useMemo(() => roundResults(round, state.ballot.values(), state.paperCount.values(), lookup), [round, state.ballot, state.paperCount, lookup]);

  const resultsSection = (
    <section aria-labelledby="results-heading" className="round-panel__results">
      <h3 id="results-heading">Results</h3>
      {resultsShown(round) ? (
        <div className="results">
          <ResultsChart results={results} />
          <ResultsTable results={results} />
        </div>
      ) : (
        <p className="results__hidden">
          {round.status === "draft"
            ? "Results show here once voting has started."
            : "This is a blind round: results stay hidden, here and on every screen, until you close voting and reveal them."}
        </p>
      )}
    </section>
  );

  if (editing) return <RoundForm state={state} round={round} onDone={() => setEditing(false)} />;
  return (
    <section className="round-panel" aria-labelledby="round-title">
      <div className="round-panel__head">
        <h2 id="round-title" dir="auto">
          {round.title}
        </h2>
        <p className="muted">
          {rulesLine(round, items.length)}
          {round.final && " · final round"}
        </p>
      </div>
      <RoundStatus round={round} turnout={state.turnout.get(round.id)} serverOffset={serverOffset} />
      <RoundControls round={round} onEdit={() => setEditing(true)} onCreated={onSelect} />
      {round.status === "draft" && (
        <p className="muted">Open voting to let phones place dots, vote for residents at this laptop, and type in paper counts.</p>
      )}
      {/* Once revealed, the results come first; paper counts can still be corrected below them. */}
      {round.status === "revealed" && resultsSection}
      {round.status !== "draft" && (
        <div className="round-panel__tools">
          <PaperEntryGrid round={round} items={items} counts={paper} />
          {votingNow(round) && <CastOnBehalf round={round} items={items} />}
        </div>
      )}
      {round.status !== "revealed" && resultsSection}
    </section>
  );
}
