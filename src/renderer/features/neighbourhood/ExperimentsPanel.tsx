import { useState, type FormEvent } from "react";
import { ExperimentRow } from "./ExperimentRow";
import { newId, type NeighbourhoodThread } from "../../../api";
import type { Experiment } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";
import { PrioritySelect } from "./PrioritySelect";

/** Adaptive Action experiments: what we expect, what we will watch, when we review, and what we observed. */
export function ExperimentsPanel({ thread, onChanged }: { thread: NeighbourhoodThread; onChanged: () => void }) {
  const { run, busy, error } = useCommand();
  const [title, setTitle] = useState("");
  const [expect, setExpect] = useState("");
  const [watch, setWatch] = useState("");
  const [reviewOn, setReviewOn] = useState("");
  const [priorityId, setPriorityId] = useState("");
  async function add(e: FormEvent) {
    e.preventDefault();
    if (await run("experiments.add", { id: newId(), neighbourhoodId: thread.neighbourhood.id, priorityId: priorityId || null, title, expect, watch, reviewOn })) {
      setTitle("");
      setExpect("");
      setWatch("");
      onChanged();
    }
  }
  return (
    <section aria-labelledby="experiments-h">
      <h2 id="experiments-h">Experiments</h2>
      {thread.experiments.length === 0 ? (
        <p className="muted">No experiments yet.</p>
      ) : (
        <ul className="thread-list" aria-label="Experiments">
          {thread.experiments.map((x) => (
            <ExperimentRow key={x.id} experiment={x} due={false} onChanged={onChanged} />
          ))}
        </ul>
      )}
      <form className="thread-form" onSubmit={(e) => void add(e)} aria-label="Add an experiment">
        <label className="field field--wide">
          <span className="field__label">Experiment</span>
          <input type="text" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <label className="field field--wide">
          <span className="field__label">What we expect</span>
          <input type="text" dir="auto" value={expect} onChange={(e) => setExpect(e.target.value)} />
        </label>
        <label className="field field--wide">
          <span className="field__label">What we will watch</span>
          <input type="text" dir="auto" value={watch} onChange={(e) => setWatch(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Review on</span>
          <input type="date" value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} required />
        </label>
        <PrioritySelect priorities={thread.priorities} value={priorityId} onChange={setPriorityId} label="For priority" />
        <button type="submit" disabled={busy}>
          Add experiment
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}

