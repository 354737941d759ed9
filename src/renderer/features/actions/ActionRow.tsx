import { useEffect, useState, type KeyboardEvent, type ReactNode } from "react";
import { ACTION_OWNER_MAX, ACTION_STATUS_LABELS, ACTION_TEXT_MAX, ACTION_UPDATE_MAX, ActionStatus, inputMaxLength, type Action } from "../../../core";
import type { MethodInput } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { ErrorMessage } from "../../ui/ErrorMessage";

type Changes = Omit<MethodInput<"actions.update">, "id">;

/**
 * One commitment, editable in place: what, who, by when, its status and the line on
 * progress that the next report's "you said, we did" prints. Text saves when the field is
 * left (or Enter is pressed); status and date save at once.
 */
export function ActionRow({ action, onSaved, context }: { action: Action; onSaved?: (a: Action) => void; context?: ReactNode }) {
  const client = useClient();
  const [text, setText] = useState(action.text);
  const [owner, setOwner] = useState(action.owner);
  const [update, setUpdate] = useState(action.update);
  const [error, setError] = useState<string | null>(null);
  // A change saved here or on another screen shows in the fields.
  useEffect(() => setText(action.text), [action.text]);
  useEffect(() => setOwner(action.owner), [action.owner]);
  useEffect(() => setUpdate(action.update), [action.update]);
  const label = action.text.length > 40 ? `${action.text.slice(0, 40)}…` : action.text;

  async function save(changes: Changes) {
    const r = await client.call("actions.update", { id: action.id, ...changes });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    onSaved?.(r.value);
  }
  const saveText = (field: "text" | "owner" | "update", value: string) => {
    if (value.trim() !== action[field]) void save({ [field]: value });
  };
  const enterSaves = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") e.currentTarget.blur();
  };

  return (
    <li className={`action-row action-row--${action.status}`} data-action-id={action.id}>
      {context}
      <label className="action-row__field action-row__text">
        <span className="visually-hidden">Action</span>
        <input type="text" dir="auto" value={text} maxLength={inputMaxLength(ACTION_TEXT_MAX)} onChange={(e) => setText(e.target.value)} onBlur={() => saveText("text", text)} onKeyDown={enterSaves} />
      </label>
      <div className="action-row__meta">
        <label className="action-row__field">
          <span>Who</span>
          <input type="text" dir="auto" value={owner} maxLength={inputMaxLength(ACTION_OWNER_MAX)} onChange={(e) => setOwner(e.target.value)} onBlur={() => saveText("owner", owner)} onKeyDown={enterSaves} aria-label={`Who: ${label}`} />
        </label>
        <label className="action-row__field">
          <span>By</span>
          <input type="date" value={action.dueOn ?? ""} onChange={(e) => void save({ dueOn: e.target.value || null })} aria-label={`Due date: ${label}`} />
        </label>
        <label className="action-row__field">
          <span>Status</span>
          <select value={action.status} onChange={(e) => void save({ status: ActionStatus.parse(e.target.value) })} aria-label={`Status: ${label}`}>
            {ActionStatus.options.map((s) => (
              <option key={s} value={s}>
                {ACTION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="action-row__field action-row__update">
        <span>Progress</span>
        <input
          type="text"
          dir="auto"
          value={update}
          maxLength={inputMaxLength(ACTION_UPDATE_MAX)}
          placeholder="One line on what has happened"
          onChange={(e) => setUpdate(e.target.value)}
          onBlur={() => saveText("update", update)}
          onKeyDown={enterSaves}
          aria-label={`Progress: ${label}`}
        />
      </label>
      <ErrorMessage error={error} />
    </li>
  );
}
