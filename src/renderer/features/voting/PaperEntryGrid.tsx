import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { PAPER_MAX, PaperCountInput, type HearthError, type PaperLogEntry, type RoundItem, type VoteRound } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { formatTime } from "../../ui/format";

/** The grid's words: English at the laptop; a helper's phone passes its own catalogue's. */
export interface PaperWords {
  readonly heading: string;
  readonly correct: string;
  readonly intro: string;
  readonly item: string;
  readonly dots: string;
  readonly notWhole: string;
  /** A count the contract refuses (a fraction, above the most a board holds): the contract's own words, or the phone's. */
  readonly invalid: (contract: string, max: number) => string;
  /** The room's refusal: its own words at the laptop, worded by its code on a phone. */
  readonly refused: (error: HearthError) => string;
  readonly notOpen: string;
  readonly history: string;
  readonly loading: string;
  readonly nothingYet: string;
  readonly mergedItem: string;
  readonly corrected: string;
  readonly byFacilitator: string;
  readonly imported: string;
  readonly by: (name: string) => ReactNode;
}

export const ENGLISH_PAPER_WORDS: PaperWords = {
  heading: "Paper dots",
  correct: "Correct a paper count",
  intro: "Count the dots on the paper board and type each item's total. Tab or Enter moves to the next.",
  item: "Item",
  dots: "Dots on paper",
  notWhole: "Type a whole number of dots, such as 12.",
  invalid: (contract) => contract,
  refused: (error) => error.message,
  notOpen: "Paper counts can be typed once the round is open.",
  history: "History of paper counts",
  loading: "Loading…",
  nothingYet: "Nothing typed yet.",
  mergedItem: "An item since merged",
  corrected: "(corrected)",
  byFacilitator: "by the facilitator",
  imported: "imported from an archive",
  by: (name) => (
    <>
      by <bdi>{name}</bdi>
    </>
  ),
};

/** A box being edited: its text, and once sent, the count sent (shown until the feed brings it back). */
type RowState = { readonly text: string; readonly error?: string; readonly saving?: boolean; readonly sent?: number };

/**
 * Typing in the paper board: one row per item, a count box each, Tab (or Enter) to the next.
 * A count is sent when the box is left with a new value; sending again corrects it, and the
 * room keeps every entry in its change feed (shown under "History").
 */
export function PaperEntryGrid(props: { round: VoteRound; items: readonly RoundItem[]; counts: ReadonlyMap<string, number>; words?: PaperWords }) {
  const { round, items, counts, words = ENGLISH_PAPER_WORDS } = props;
  const client = useClient();
  const [rows, setRows] = useState<ReadonlyMap<string, RowState>>(new Map());
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const accepting = round.status !== "draft";

  // A sent count is done with once the feed has it.
  useEffect(() => {
    setRows((all) => {
      const done = [...all].filter(([id, row]) => row.sent !== undefined && counts.get(id) === row.sent);
      if (done.length === 0) return all;
      const copy = new Map(all);
      for (const [id] of done) copy.delete(id);
      return copy;
    });
  }, [counts]);

  const rowOf = (itemId: string): RowState | undefined => {
    const row = rows.get(itemId);
    return row?.sent !== undefined && counts.get(itemId) === row.sent ? undefined : row;
  };

  async function commit(itemId: string) {
    const row = rowOf(itemId);
    if (!row || row.saving) return;
    const text = row.text.trim();
    const stored = counts.get(itemId) ?? 0;
    const parsed = PaperCountInput.shape.dots.safeParse(text === "" ? 0 : Number(text));
    const set = (next: RowState | null) =>
      setRows((all) => {
        const copy = new Map(all);
        if (next) copy.set(itemId, next);
        else copy.delete(itemId);
        return copy;
      });
    if (!/^\s*\d*\s*$/.test(row.text) || !parsed.success)
      return set({ text: row.text, error: parsed.success ? words.notWhole : words.invalid(parsed.error.issues[0]?.message ?? words.notWhole, PAPER_MAX) });
    if (parsed.data === stored) return set(null);
    set({ text: row.text, saving: true });
    const r = await client.call("votes.paper", { roundId: round.id, itemId, dots: parsed.data });
    set(r.ok ? { text: row.text, sent: parsed.data } : { text: row.text, error: words.refused(r.error) });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, index: number) {
    if (e.key !== "Enter") return;
    e.preventDefault();
    const next = items[index + 1];
    if (next) inputs.current.get(next.id)?.focus();
    else e.currentTarget.blur();
  }

  return (
    <section className="card voting-tool" aria-labelledby="paper-heading">
      <h3 id="paper-heading">{round.status === "revealed" ? words.correct : words.heading}</h3>
      <p className="muted">{words.intro}</p>
      <table className="paper-grid">
        <thead>
          <tr>
            <th scope="col">{words.item}</th>
            <th scope="col" className="num">
              {words.dots}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const row = rowOf(item.id);
            const errorId = `paper-error-${item.id}`;
            return (
              <tr key={item.id}>
                <th scope="row" dir="auto" id={`paper-label-${item.id}`} className="paper-grid__label">
                  {item.label}
                </th>
                <td className="num">
                  <input
                    ref={(el) => {
                      if (el) inputs.current.set(item.id, el);
                      else inputs.current.delete(item.id);
                    }}
                    className="paper-grid__input"
                    inputMode="numeric"
                    autoComplete="off"
                    aria-labelledby={`paper-label-${item.id}`}
                    aria-describedby={row?.error ? errorId : undefined}
                    aria-invalid={row?.error ? true : undefined}
                    disabled={!accepting}
                    value={row?.text ?? String(counts.get(item.id) ?? 0)}
                    onFocus={(e) => e.currentTarget.select()}
                    onChange={(e) => {
                      const text = e.target.value;
                      setRows((all) => new Map(all).set(item.id, { text }));
                    }}
                    onBlur={() => void commit(item.id)}
                    onKeyDown={(e) => onKeyDown(e, index)}
                  />
                  {row?.error && (
                    <p id={errorId} role="alert" className="error paper-grid__error">
                      {row.error}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!accepting && <p className="muted">{words.notOpen}</p>}
      <PaperHistory round={round} items={items} version={[...counts.values()].join(",")} words={words} />
    </section>
  );
}

/** Every paper count typed for the round, oldest first: a correction shows what it replaced and who typed it. */
function PaperHistory({ round, items, version, words }: { round: VoteRound; items: readonly RoundItem[]; version: string; words: PaperWords }) {
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [log, setLog] = useState<readonly PaperLogEntry[] | null>(null);
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    void client.call("votes.paperLog", { roundId: round.id }).then((r) => {
      if (!cancelled && r.ok) setLog(r.value);
    });
    return () => {
      cancelled = true;
    };
  }, [client, round.id, open, version]);
  const labels = new Map(items.map((i) => [i.id, i.label]));
  return (
    <details className="paper-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{words.history}</summary>
      {log === null ? (
        <p>{words.loading}</p>
      ) : log.length === 0 ? (
        <p className="muted">{words.nothingYet}</p>
      ) : (
        <ol className="paper-history__list" reversed>
          {[...log].reverse().map((e) => (
            <li key={`${e.seq}-${e.itemId}`}>
              <span className="muted">{formatTime(e.at)}</span> <bdi dir="auto">{labels.get(e.itemId) ?? words.mergedItem}</bdi>:{" "}
              {e.previous === null ? <strong>{e.dots}</strong> : <><s>{e.previous}</s> → <strong>{e.dots}</strong> {words.corrected}</>}{" "}
              <span className="muted">{e.enteredBy === "facilitator" ? words.byFacilitator : e.enteredBy === "imported" ? words.imported : words.by(e.enteredBy)}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
