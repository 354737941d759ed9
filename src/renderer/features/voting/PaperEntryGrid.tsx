import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { PaperCountInput, type PaperLogEntry, type RoundItem, type VoteRound } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { formatTime } from "../../ui/format";

/** A box being edited: its text, and once sent, the count sent (shown until the feed brings it back). */
type RowState = { readonly text: string; readonly error?: string; readonly saving?: boolean; readonly sent?: number };

/**
 * Typing in the paper board: one row per item, a count box each, Tab (or Enter) to the next.
 * A count is sent when the box is left with a new value; sending again corrects it, and the
 * room keeps every entry in its change feed (shown under "History").
 */
export function PaperEntryGrid({ round, items, counts }: { round: VoteRound; items: readonly RoundItem[]; counts: ReadonlyMap<string, number> }) {
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
      return set({ text: row.text, error: parsed.success ? "Type a whole number of dots, such as 12." : (parsed.error.issues[0]?.message ?? "Not a count") });
    if (parsed.data === stored) return set(null);
    set({ text: row.text, saving: true });
    const r = await client.call("votes.paper", { roundId: round.id, itemId, dots: parsed.data });
    set(r.ok ? { text: row.text, sent: parsed.data } : { text: row.text, error: r.error.message });
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
      <h3 id="paper-heading">{round.status === "revealed" ? "Correct a paper count" : "Paper dots"}</h3>
      <p className="muted">Count the dots on the paper board and type each item's total. Tab or Enter moves to the next.</p>
      <table className="paper-grid">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="num">
              Dots on paper
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
      {!accepting && <p className="muted">Paper counts can be typed once the round is open.</p>}
      <PaperHistory round={round} items={items} version={[...counts.values()].join(",")} />
    </section>
  );
}

/** Every paper count typed for the round, oldest first: a correction shows what it replaced and who typed it. */
function PaperHistory({ round, items, version }: { round: VoteRound; items: readonly RoundItem[]; version: string }) {
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
      <summary>History of paper counts</summary>
      {log === null ? (
        <p>Loading…</p>
      ) : log.length === 0 ? (
        <p className="muted">Nothing typed yet.</p>
      ) : (
        <ol className="paper-history__list" reversed>
          {[...log].reverse().map((e) => (
            <li key={`${e.seq}-${e.itemId}`}>
              <span className="muted">{formatTime(e.at)}</span> <bdi dir="auto">{labels.get(e.itemId) ?? "An item since merged"}</bdi>:{" "}
              {e.previous === null ? <strong>{e.dots}</strong> : <><s>{e.previous}</s> → <strong>{e.dots}</strong> (corrected)</>}{" "}
              <span className="muted">{e.enteredBy === "facilitator" ? "by the facilitator" : e.enteredBy === "imported" ? "imported from an archive" : <>by <bdi>{e.enteredBy}</bdi></>}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
