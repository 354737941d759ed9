import { useState, type FormEvent } from "react";
import { ACTION_STATUS_LABELS, ActionStatus, localToday } from "../../../core";
import { newId, type PriorityAction, type PriorityView } from "../../../api";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";

/** The actions working towards a priority, each with its dated progress lines and a form to add the next. */
export function PriorityActions({ view, onChanged }: { view: PriorityView; onChanged: () => void }) {
  return (
    <div>
      <h4>What we are doing</h4>
      {view.actions.length === 0 ? (
        <p className="muted">No actions yet. Tie an action to this priority from its event's page.</p>
      ) : (
        <ul className="thread-list">
          {view.actions.map((a) => (
            <ActionProgressRow key={a.action.id} entry={a} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ActionProgressRow({ entry, onChanged }: { entry: PriorityAction; onChanged: () => void }) {
  const { action, event, progress } = entry;
  const { run, busy, error } = useCommand();
  const [text, setText] = useState("");
  const [on, setOn] = useState(localToday());
  const [status, setStatus] = useState(action.status);
  async function add(e: FormEvent) {
    e.preventDefault();
    if (await run("priorities.progress", { id: newId(), actionId: action.id, on, text, status })) {
      setText("");
      onChanged();
    }
  }
  return (
    <li data-action-id={action.id}>
      <Bidi>{action.text}</Bidi>
      {action.owner && (
        <>
          {" — "}
          <Bidi>{action.owner}</Bidi>
        </>
      )}
      {` · ${ACTION_STATUS_LABELS[action.status]} · from `}
      <Bidi>{event.title}</Bidi> ({formatDate(event.date)})
      {progress.length > 0 && (
        <ol className="progress-lines" aria-label="Progress">
          {progress.map((p) => (
            <li key={p.id}>
              {formatDate(p.on)}: <Bidi>{p.text}</Bidi>
            </li>
          ))}
        </ol>
      )}
      <form className="thread-form" onSubmit={(e) => void add(e)} aria-label={`Progress on ${action.text}`}>
        <label className="field field--wide">
          <span className="field__label">Progress line</span>
          <input type="text" dir="auto" value={text} onChange={(e) => setText(e.target.value)} required />
        </label>
        <label className="field">
          <span className="field__label">On</span>
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} required />
        </label>
        <label className="field">
          <span className="field__label">Action status</span>
          <select value={status} onChange={(e) => setStatus(ActionStatus.parse(e.target.value))}>
            {ActionStatus.options.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          Add progress
        </button>
      </form>
      <ErrorMessage error={error} />
    </li>
  );
}
