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
      {themes.length > 0 && (
        <table className="thread-table">
          <caption>Themes that are a neighbourhood priority</caption>
          <tbody>
            {themes.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  <Bidi>{t.title}</Bidi>
                </th>
                <td>
                  <select
                    aria-label={`${t.title}: the same as priority`}
                    value={themeOwner(t.id)}
                    disabled={busy}
                    onChange={(e) => void run("priorities.linkTheme", { themeId: t.id, priorityId: e.target.value || null }).then(reload)}
                  >
                    <option value="">Not a priority</option>
                    {options}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {actions.length > 0 && (
        <table className="thread-table">
          <caption>Actions towards a priority</caption>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Bidi>{a.text}</Bidi>
                </th>
                <td>
                  <select
                    aria-label={`${a.text}: works towards priority`}
                    value={actionOwner(a.id)}
                    disabled={busy}
                    onChange={(e) => void run("priorities.linkAction", { actionId: a.id, priorityId: e.target.value || null }).then(reload)}
                  >
                    <option value="">No priority</option>
                    {options}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
