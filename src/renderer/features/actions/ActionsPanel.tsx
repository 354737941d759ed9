import { useCallback, useRef, useState } from "react";
import { newId } from "../../../api";
import { ACTION_OWNER_MAX, ACTION_TEXT_MAX, inputMaxLength, type Action, type EventState } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { hrefFor } from "../../app/router";
import { useFormSend } from "../../app/useFormSend";
import { ActionRow } from "./ActionRow";
import { CarryForward } from "./CarryForward";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { searchThemesAndNotes, themeOrNoteLabel } from "../../ui/board-search";
import { SearchPicker } from "../../ui/SearchPicker";

const byDue = (a: Action, b: Action) => (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") || a.createdSeq - b.createdSeq;

/** "Now what?" on the event page: this event's commitments, live, and a form to add one. Also the way to its feedback report. */
export function ActionsPanel({ state }: { state: EventState }) {
  const client = useClient();
  const { event } = state;
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Action | null>(null);
  const actions = [...state.action.values()].filter((a) => !a.deleted).sort(byDue);
  // What the new action answers ("theme:<id>", "note:<id>" or ""), chosen in a search box: a
  // drop-down of every note would be laid out again on every incoming note.
  const [answersTo, setAnswersTo] = useState("");
  const search = useCallback((query: string) => searchThemesAndNotes(state, query), [state]);
  const answers = (a: Action) => (a.themeId ? state.theme.get(a.themeId)?.title : a.noteId ? state.note.get(a.noteId)?.text : undefined);

  const form = useRef<HTMLFormElement>(null);
  const send = useFormSend();
  const FIELDS = ["text", "owner", "dueOn", "answers"] as const;
  type Fields = Record<(typeof FIELDS)[number], string>;
  const fieldsNow = (): Fields => {
    const data = new FormData(form.current ?? undefined);
    return Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? "")])) as Fields;
  };
  const add = () =>
    send<Fields>({
      read: () => {
        const fields = fieldsNow();
        return fields.text.trim() === "" ? { problem: "Say what will be done first." } : { value: fields };
      },
      isBlank: () => {
        const f = fieldsNow();
        return f.text.trim() === "" && f.owner.trim() === "" && f.dueOn === "";
      },
      clear: () => {
        form.current?.reset();
        setAnswersTo("");
        form.current?.querySelector<HTMLInputElement>("input[name=text]")?.focus();
      },
      send: async (fields) => {
        // "theme:<id>" or "note:<id>": what the action answers, if anything.
        const [kind, linkId] = fields.answers.split(":");
        const r = await client.call("actions.add", {
          id: newId(),
          eventId: event.id,
          text: fields.text,
          owner: fields.owner,
          dueOn: fields.dueOn || null,
          themeId: kind === "theme" && linkId ? linkId : null,
          noteId: kind === "note" && linkId ? linkId : null,
        });
        if (!r.ok) setError(r.error.message);
        return r.ok;
      },
      restore: (fields) => {
        setAnswersTo(fields.answers);
        for (const name of FIELDS) {
          const el = form.current?.elements.namedItem(name);
          if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) el.value = fields[name];
        }
      },
      say: setError,
    });

  async function remove(a: Action) {
    const r = await client.call("actions.delete", { id: a.id });
    if (r.ok) setDeleted(r.value);
    else setError(r.error.message);
  }

  return (
    <section aria-labelledby="actions-heading" className="actions-panel card">
      <div className="actions-panel__head">
        <h2 id="actions-heading">
          Now what? <span className="count">({actions.length})</span>
        </h2>
        <a className="button" href={hrefFor({ name: "report", eventId: event.id })}>
          Feedback report
        </a>
      </div>
      {actions.length === 0 ? (
        <p className="muted">No commitments yet: what will be done, by whom, by when?</p>
      ) : (
        <ul className="action-list" aria-label="This event's actions">
          {actions.map((a) => (
            <ActionRow
              key={a.id}
              action={a}
              context={
                <p className="action-row__context">
                  {answers(a) && (
                    <span>
                      Answers: <bdi dir="auto">{answers(a)}</bdi> ·{" "}
                    </span>
                  )}
                  {a.carriedFrom && <span>Carried forward · </span>}
                  <button type="button" className="button--small" onClick={() => void remove(a)} aria-label={`Delete: ${a.text.slice(0, 40)}`}>
                    Delete
                  </button>
                </p>
              }
            />
          ))}
        </ul>
      )}
      {deleted && (
        <p role="status" className="undo">
          Deleted “<bdi dir="auto">{deleted.text}</bdi>”.{" "}
          <button type="button" onClick={() => void client.call("actions.restore", { id: deleted.id }).then(() => setDeleted(null))}>
            Undo
          </button>
        </p>
      )}
      <form
        ref={form}
        className="action-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <h3>Add an action</h3>
        <label className="field">
          <span className="field__label">What will be done</span>
          <input name="text" type="text" dir="auto" autoComplete="off" required maxLength={inputMaxLength(ACTION_TEXT_MAX)} />
        </label>
        <div className="action-form__row">
          <label className="field">
            <span className="field__label">Who</span>
            <input name="owner" type="text" dir="auto" autoComplete="off" maxLength={inputMaxLength(ACTION_OWNER_MAX)} />
          </label>
          <label className="field">
            <span className="field__label">By when</span>
            <input name="dueOn" type="date" />
          </label>
          <SearchPicker label="Answers" noneLabel="(nothing in particular)" name="answers" value={answersTo} valueLabel={themeOrNoteLabel(state, answersTo)} search={search} onPick={setAnswersTo} />
        </div>
        <button type="submit" className="button--primary">
          Add action
        </button>
        <ErrorMessage error={error} />
      </form>
      <CarryForward state={state} />
    </section>
  );
}
