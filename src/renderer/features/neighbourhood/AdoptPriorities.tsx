import { useEffect, useState } from "react";
import { newId, type AdoptCandidates } from "../../../api";
import { rankLabel } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { useQuery } from "../../app/useQuery";

const TOP = 3;
type Choice = { adopt: boolean; quotes: Set<string> };

/** "Make these neighbourhood priorities": the revealed final round's top items, each with quotes chosen from its notes. */
export function AdoptPriorities({ eventId, seq }: { eventId: string; seq: number }) {
  const { result, reload } = useQuery("priorities.candidates", { eventId }, `${eventId}|${seq}`);
  if (result.state !== "ready" || !result.value.roundId) return null;
  return <AdoptForm eventId={eventId} candidates={result.value} onAdopted={reload} />;
}

function AdoptForm({ eventId, candidates, onAdopted }: { eventId: string; candidates: AdoptCandidates; onAdopted: () => void }) {
  const open = candidates.items.filter((i) => i.adoptedAs === null);
  const adopted = candidates.items.filter((i) => i.adoptedAs !== null);
  const initial = () => new Map<string, Choice>(open.map((i) => [i.itemId, { adopt: i.rank <= TOP && i.dots > 0, quotes: new Set(i.notes.slice(0, 1).map((n) => n.id)) }]));
  const [choices, setChoices] = useState(initial);
  const key = open.map((i) => i.itemId).join();
  // Start afresh when the open items change (some were just adopted).
  useEffect(() => setChoices(initial()), [key]);
  const { run, busy, error } = useCommand();
  const set = (itemId: string, f: (c: Choice) => Choice) => setChoices((m) => new Map(m).set(itemId, f(m.get(itemId) ?? { adopt: false, quotes: new Set() })));
  const chosen = open.filter((i) => choices.get(i.itemId)?.adopt);

  async function adopt() {
    const priorities = chosen.map((i) => ({ id: newId(), itemId: i.itemId, quoteNoteIds: [...(choices.get(i.itemId)?.quotes ?? [])].slice(0, 5) }));
    if (await run("priorities.adopt", { eventId, priorities })) onAdopted();
  }

  return (
    <div className="adopt">
      <h3>Neighbourhood priorities from the final round</h3>
      {adopted.length > 0 && (
        <p>
          Already priorities:{" "}
          {adopted.map((i, n) => (
            <span key={i.itemId}>
              {n > 0 && ", "}
              <Bidi>{i.label}</Bidi>
            </span>
          ))}
        </p>
      )}
      {open.map((i) => {
        const c = choices.get(i.itemId);
        return (
          <fieldset key={i.itemId} className="adopt__item">
            <legend>
              {rankLabel(i)}. <Bidi>{i.label}</Bidi> ({i.dots} {i.dots === 1 ? "dot" : "dots"})
            </legend>
            <label className="choice">
              <input type="checkbox" checked={c?.adopt ?? false} onChange={(e) => set(i.itemId, (x) => ({ ...x, adopt: e.target.checked }))} />
              Make it a priority
            </label>
            {i.notes.length > 0 && (
              <ul className="adopt__quotes" aria-label={`Quotes for ${i.label}`}>
                {i.notes.map((n) => (
                  <li key={n.id}>
                    <label className="choice choice--top">
                      <input
                        type="checkbox"
                        checked={c?.quotes.has(n.id) ?? false}
                        onChange={(e) =>
                          set(i.itemId, (x) => {
                            const quotes = new Set(x.quotes);
                            if (e.target.checked) quotes.add(n.id);
                            else quotes.delete(n.id);
                            return { ...x, quotes };
                          })
                        }
                      />
                      <span dir="auto">Quote: “{n.text}”</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        );
      })}
      {open.length > 0 && (
        <p>
          <button type="button" className="button--primary" disabled={busy || chosen.length === 0} onClick={() => void adopt()}>
            Make these neighbourhood priorities ({chosen.length})
          </button>
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
