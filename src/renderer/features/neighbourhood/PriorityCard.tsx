import { useState, type FormEvent } from "react";
import { inputMaxLength, LEAD_MAX, PRIORITY_STATUS_LABELS, PriorityStatus, rankLabel, localToday } from "../../../core";
import { newId, type NeighbourhoodThread, type PriorityView } from "../../../api";
import { useCommand } from "../../app/useCommand";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";
import { PriorityActions } from "./PriorityActions";
import { StatusPill } from "./StatusPill";

/** One priority: where it came from, residents' words, where it stands (editable), and its thread across events. */
export function PriorityCard({ view, thread, onChanged }: { view: PriorityView; thread: NeighbourhoodThread; onChanged: () => void }) {
  const { priority: p } = view;
  const { run, busy, error } = useCommand();
  const [status, setStatus] = useState<PriorityStatus>(view.status);
  const [on, setOn] = useState(localToday());
  const [lead, setLead] = useState(p.lead);
  const [reviewOn, setReviewOn] = useState(p.reviewOn ?? "");
  const origin = thread.events.find((e) => e.id === p.eventId);
  const headingId = `priority-${p.id}`;

  async function save(e: FormEvent) {
    e.preventDefault();
    if (status !== view.status && !(await run("priorities.setStatus", { id: newId(), priorityId: p.id, status, on }))) return;
    if ((lead.trim() !== p.lead || (reviewOn || null) !== p.reviewOn) && !(await run("priorities.update", { id: p.id, lead, reviewOn: reviewOn || null }))) return;
    onChanged();
  }

  return (
    <article className="priority" aria-labelledby={headingId} data-priority-id={p.id}>
      <h3 id={headingId}>
        <Bidi>{p.title}</Bidi> <StatusPill status={view.status} />
      </h3>
      <p className="priority__facts">
        Adopted {formatDate(p.adoptedOn)}
        {origin && (
          <>
            {" at "}
            <a href={hrefFor({ name: "event", eventId: origin.id })}>
              <Bidi>{origin.title}</Bidi>
            </a>
          </>
        )}
        {` · ranked ${rankLabel(p)} with ${p.dots} ${p.dots === 1 ? "dot" : "dots"}`}
        {p.lead && (
          <>
            {" · lead: "}
            <Bidi>{p.lead}</Bidi>
          </>
        )}
        {p.reviewOn && ` · review ${formatDate(p.reviewOn)}`}
        {view.statusOn && ` · status since ${formatDate(view.statusOn)}`}
      </p>
      {p.quotes.length > 0 && (
        <div>
          <h4>In residents' words</h4>
          <ul className="quotes">
            {p.quotes.map((q) => (
              <li key={q.id} dir="auto">
                “{q.text}”
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="thread-form" onSubmit={(e) => void save(e)} aria-label={`Where ${p.title} stands`}>
        <label className="field">
          <span className="field__label">Status</span>
          <select value={status} onChange={(e) => setStatus(PriorityStatus.parse(e.target.value))}>
            {PriorityStatus.options.map((s) => (
              <option key={s} value={s}>
                {PRIORITY_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Status as of</span>
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} required />
        </label>
        <label className="field field--wide">
          <span className="field__label">Lead (a role or organisation)</span>
          <input type="text" dir="auto" value={lead} maxLength={inputMaxLength(LEAD_MAX)} onChange={(e) => setLead(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Review date</span>
          <input type="date" value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          Save
        </button>
      </form>
      <ErrorMessage error={error} />
      <table className="thread-table">
        <caption>Where it came up</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Date</th>
            <th scope="col">Theme or note</th>
            <th scope="col">Notes</th>
            <th scope="col">Dots</th>
          </tr>
        </thead>
        <tbody>
          {view.timeline.map((t) => (
            <tr key={`${t.event.id}-${t.themeId ?? t.label}`}>
              <td>
                <a href={hrefFor({ name: "event", eventId: t.event.id })}>
                  <Bidi>{t.event.title}</Bidi>
                </a>
              </td>
              <td>{formatDate(t.event.date)}</td>
              <td>
                <Bidi>{t.label}</Bidi>
              </td>
              <td>{t.notes}</td>
              <td>{t.dots ?? "no final vote"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PriorityActions view={view} onChanged={onChanged} />
    </article>
  );
}
