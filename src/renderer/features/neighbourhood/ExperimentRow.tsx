import { useState, type FormEvent } from "react";
import type { Experiment } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";

/** What an experiment row shows of it (the page's and the due list's both carry these). */
export type ExperimentShown = Pick<Experiment, "id" | "title" | "expect" | "watch" | "reviewOn" | "observed">;

/**
 * One experiment with a box for what was observed: on the neighbourhood page ("we expect")
 * and, once due, at the next cycle's "What?" ("we expected").
 */
export function ExperimentRow({ experiment: x, due, onChanged }: { experiment: ExperimentShown; due: boolean; onChanged: () => void }) {
  const { run, busy, error } = useCommand();
  const [observed, setObserved] = useState(x.observed);
  async function save(e: FormEvent) {
    e.preventDefault();
    if (await run("experiments.observe", { id: x.id, observed })) onChanged();
  }
  return (
    <li>
      <strong>
        <Bidi>{x.title}</Bidi>
      </strong>{" "}
      · review {formatDate(x.reviewOn)}
      <br />
      {due ? "We expected" : "We expect"}: <Bidi>{x.expect || "—"}</Bidi>. {due ? "We watched" : "We will watch"}: <Bidi>{x.watch || "—"}</Bidi>.
      <form className="thread-form" onSubmit={(e) => void save(e)} aria-label={`What we observed: ${x.title}`}>
        <label className="field field--wide">
          <span className="field__label">What we observed</span>
          <input type="text" dir="auto" value={observed} onChange={(e) => setObserved(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          Save observation
        </button>
      </form>
      <ErrorMessage error={error} />
    </li>
  );
}
