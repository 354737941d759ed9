import { useCallback, useEffect, useState } from "react";
import { ACTION_STATUS_LABELS, ActionStatus, type Action } from "../../../core";
import type { ActionRegister } from "../../../api/methods/actions";
import { useClient } from "../../app/ClientContext";
import { hrefFor } from "../../app/router";
import { formatDate } from "../../ui/format";
import type { Loaded } from "../../app/useCallResult";
import { ActionRow } from "./ActionRow";
import { ErrorMessage } from "../../ui/ErrorMessage";

interface Filter {
  neighbourhood: string;
  partnership: string;
  status: string;
}

/**
 * #/actions: every commitment across events, for a partnership meeting to start from (C2
 * step 5). Filter by neighbourhood, partnership and status; update status and progress in
 * place. The next report's "you said, we did" prints what is recorded here.
 */
export function ActionsRegisterPage() {
  const client = useClient();
  const [filter, setFilter] = useState<Filter>({ neighbourhood: "", partnership: "", status: "" });
  const [register, setRegister] = useState<Loaded<ActionRegister>>({ state: "loading" });
  useEffect(() => {
    document.title = "Actions register · Hearth";
  }, []);
  const load = useCallback(() => {
    const input = {
      ...(filter.neighbourhood ? { neighbourhood: filter.neighbourhood } : {}),
      ...(filter.partnership ? { partnership: filter.partnership } : {}),
      ...(filter.status ? { status: ActionStatus.parse(filter.status) } : {}),
    };
    void client.call("actions.register", input).then((r) => setRegister(r.ok ? { state: "ready", value: r.value } : { state: "error", message: r.error.message }));
  }, [client, filter]);
  useEffect(load, [load]);

  const saved = (a: Action) =>
    setRegister((r) => (r.state === "ready" ? { state: "ready", value: { ...r.value, entries: r.value.entries.map((e) => (e.action.id === a.id ? { ...e, action: a } : e)) } } : r));
  const select = (name: keyof Filter, label: string, options: readonly string[], labels?: Readonly<Record<string, string>>) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={filter[name]} aria-label={label} onChange={(e) => setFilter((f) => ({ ...f, [name]: e.target.value }))}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labels?.[o] ?? o}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="register-page">
      <h1>Actions register</h1>
      <p className="muted">Every commitment from every event: who, by when, and what has happened. Updates here go into the next feedback report.</p>
      {register.state === "ready" && (
        <div className="register-page__filters" role="group" aria-label="Filters">
          {select("neighbourhood", "Neighbourhood", register.value.neighbourhoods)}
          {select("partnership", "Partnership", register.value.partnerships)}
          {select("status", "Status", ActionStatus.options, ACTION_STATUS_LABELS)}
        </div>
      )}
      {register.state === "loading" && <p>Loading the register…</p>}
      {register.state === "error" && <ErrorMessage error={register.message} />}
      {register.state === "ready" &&
        (register.value.entries.length === 0 ? (
          <p className="muted">No actions match.</p>
        ) : (
          <ul className="action-list" aria-label="Actions">
            {register.value.entries.map((e) => (
              <ActionRow
                key={e.action.id}
                action={e.action}
                onSaved={saved}
                context={
                  <p className="action-row__context">
                    <a href={hrefFor({ name: "event", eventId: e.event.id })}>
                      <bdi dir="auto">{e.event.title}</bdi>
                    </a>{" "}
                    · {formatDate(e.event.date)}
                    {e.event.neighbourhood && (
                      <>
                        {" · "}
                        <bdi dir="auto">{e.event.neighbourhood}</bdi>
                      </>
                    )}
                    {e.answers && (
                      <>
                        {" · Answers: "}
                        <bdi dir="auto">{e.answers}</bdi>
                      </>
                    )}
                  </p>
                }
              />
            ))}
          </ul>
        ))}
    </div>
  );
}
