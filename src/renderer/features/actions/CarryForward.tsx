import { useEffect, useState } from "react";
import { newId } from "../../../api";
import type { ActionRegisterEntry } from "../../../api/methods/actions";
import { ACTION_STATUS_LABELS, type EventState } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { formatDate } from "../../ui/format";

/**
 * Unfinished commitments of earlier events in the same neighbourhood or partnership, each
 * one click from being carried into this event: every "Now what?" leads to the next "What?".
 */
export function CarryForward({ state }: { state: EventState }) {
  const client = useClient();
  const { event } = state;
  const [entries, setEntries] = useState<ActionRegisterEntry[]>([]);
  const carried = new Set([...state.action.values()].filter((a) => !a.deleted).map((a) => a.carriedFrom));
  const area = event.neighbourhood || event.partnership;
  useEffect(() => {
    if (!area) return;
    void client.call("actions.register", event.neighbourhood ? { neighbourhood: event.neighbourhood } : { partnership: event.partnership }).then((r) => {
      if (r.ok) setEntries(r.value.entries.filter((e) => e.event.id !== event.id && e.event.date < event.date && e.action.status !== "done"));
    });
  }, [client, area, event.id, event.date, event.neighbourhood, event.partnership]);
  const open = entries.filter((e) => !carried.has(e.action.id));
  if (open.length === 0) return null;
  return (
    <details className="carry-forward">
      <summary>Unfinished actions from earlier events ({open.length})</summary>
      <ul>
        {open.map((e) => (
          <li key={e.action.id}>
            <bdi dir="auto">{e.action.text}</bdi>{" "}
            <span className="muted">
              ({ACTION_STATUS_LABELS[e.action.status]}, <bdi dir="auto">{e.event.title}</bdi>, {formatDate(e.event.date)})
            </span>{" "}
            <button type="button" className="button--small" onClick={() => void client.call("actions.carry", { id: newId(), fromActionId: e.action.id, toEventId: event.id })}>
              Carry forward
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
