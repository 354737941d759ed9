import { useMemo } from "react";
import { lookupIn, rankLabel, roundResults, type EventState, type RoundResults } from "../../../core";
import { resultsShown } from "./words";

/**
 * Rounds side by side: one row per item, one column per round (rank and dots), e.g. the
 * residents' round beside the steering group's, or a runoff beside the round it came from.
 */
export function CompareRounds({ state }: { state: EventState }) {
  const all = useMemo(() => {
    const lookup = lookupIn(state);
    return [...state.round.values()]
      .filter(resultsShown)
      .sort((a, b) => a.createdSeq - b.createdSeq)
      .map((r) => roundResults(r, state.ballot.values(), state.paperCount.values(), lookup));
  }, [state]);
  if (all.length < 2) return null;
  const rows = itemRows(all);
  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h2 id="compare-heading">Rounds side by side</h2>
      <div className="compare__scroll">
        <table className="results-table compare__table">
          <caption>Rank and dots of each item in every round with results to show. “—” means the item was not in that round.</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              {all.map((r) => (
                <th scope="col" key={r.roundId} dir="auto">
                  {r.title}
                  <span className="compare__sub">
                    {r.dots} dots{r.final ? " · final" : ""}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ itemId, label }) => (
              <tr key={itemId}>
                <th scope="row" dir="auto" className="results-table__label">
                  {label}
                </th>
                {all.map((r) => {
                  const item = r.items.find((i) => i.itemId === itemId);
                  return (
                    <td key={r.roundId} className="compare__cell">
                      {item ? (
                        <>
                          <span className="compare__rank">{rankLabel(item)}</span> · {item.dots} {item.dots === 1 ? "dot" : "dots"}
                        </>
                      ) : (
                        "—"
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Every item of every round once, in the order of the latest round that has it, then the earlier rounds' order. */
function itemRows(all: readonly RoundResults[]): { itemId: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of [...all].reverse()) for (const i of r.items) if (!seen.has(i.itemId)) seen.set(i.itemId, i.label);
  return [...seen].map(([itemId, label]) => ({ itemId, label }));
}
