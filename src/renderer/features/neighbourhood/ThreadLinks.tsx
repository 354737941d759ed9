import type { ReactNode } from "react";
import type { EventState } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { useQuery } from "../../app/useQuery";

/** Ties this event's themes ("the same as priority …") and actions to the neighbourhood's priorities. */
export function ThreadLinks({ state, neighbourhoodId }: { state: EventState; neighbourhoodId: string }) {
  const { result, reload } = useQuery("neighbourhoods.thread", { id: neighbourhoodId }, `${neighbourhoodId}|${state.seq}`);
  const { run, busy, error } = useCommand();
  if (result.state !== "ready" || result.value.priorities.length === 0) return null;
  const priorities = result.value.priorities;
  const themes = [...state.theme.values()].filter((t) => !t.deleted).sort((a, b) => a.position - b.position);
  const actions = [...state.action.values()].filter((a) => !a.deleted);
  const themeOwner = (id: string) => priorities.find((p) => p.timeline.some((t) => t.themeId === id))?.priority.id ?? "";
  const actionOwner = (id: string) => priorities.find((p) => p.actions.some((a) => a.action.id === id))?.priority.id ?? "";
  const options = priorities.map((p) => (
    <option key={p.priority.id} value={p.priority.id}>
      {p.priority.title}
    </option>
  ));
  return (
    <div>
      <LinkTable
        caption="Themes that are a neighbourhood priority"
        rows={themes.map((t) => ({ id: t.id, label: t.title, owner: themeOwner(t.id) }))}
        question="the same as priority"
        none="Not a priority"
        options={options}
        busy={busy}
        onLink={(themeId, priorityId) => void run("priorities.linkTheme", { themeId, priorityId }).then(reload)}
      />
      <LinkTable
        caption="Actions towards a priority"
        rows={actions.map((a) => ({ id: a.id, label: a.text, owner: actionOwner(a.id) }))}
        question="works towards priority"
        none="No priority"
        options={options}
        busy={busy}
        onLink={(actionId, priorityId) => void run("priorities.linkAction", { actionId, priorityId }).then(reload)}
      />
      <ErrorMessage error={error} />
    </div>
  );
}

interface LinkTableProps {
  caption: string;
  rows: readonly { id: string; label: string; owner: string }[];
  /** Ends each choice's label: "Safe streets: the same as priority". */
  question: string;
  none: string;
  options: ReactNode;
  busy: boolean;
  onLink(id: string, priorityId: string | null): void;
}

/** A table of this event's themes or actions, each with the priority it is tied to. */
function LinkTable({ caption, rows, question, none, options, busy, onLink }: LinkTableProps) {
  if (rows.length === 0) return null;
  return (
    <table className="thread-table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <Bidi>{r.label}</Bidi>
            </th>
            <td>
              <select aria-label={`${r.label}: ${question}`} value={r.owner} disabled={busy} onChange={(e) => onLink(r.id, e.target.value || null)}>
                <option value="">{none}</option>
                {options}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
