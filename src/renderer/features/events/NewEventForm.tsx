import { useState, type FormEvent } from "react";
import { newId } from "../../../api";
import { inputMaxLength, localToday, TITLE_MAX } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { navigate } from "../../app/router";
import { SuggestField } from "../../ui/SuggestField";
import { KindChooser, parseChoice } from "./KindChooser";
import { useEventFormOptions } from "./useEventFormOptions";
import { ErrorMessage } from "../../ui/ErrorMessage";

/** What an organiser knows when planning an event, and which run sheet it starts from. */
export function NewEventForm() {
  const client = useClient();
  const { options } = useEventFormOptions();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    const choice = parseChoice(field("template"), options.templates);
    setBusy(true);
    setError(null);
    const result = await client.call("events.create", {
      id: newId(),
      kind: choice.kind,
      templateId: choice.templateId,
      title: field("title"),
      neighbourhood: field("neighbourhood"),
      partnership: field("partnership"),
      venue: field("venue"),
      date: field("date"),
    });
    setBusy(false);
    if (result.ok) navigate({ name: "event", eventId: result.value.id });
    else setError(result.error.message);
  }

  return (
    <section aria-labelledby="new-event-heading" className="card new-event">
      <h2 id="new-event-heading">New event</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label className="field">
          <span className="field__label">Title</span>
          <input name="title" required maxLength={inputMaxLength(TITLE_MAX)} dir="auto" autoComplete="off" />
        </label>
        <KindChooser name="template" templates={options.templates} />
        <SuggestField label="Neighbourhood" name="neighbourhood" suggestions={options.neighbourhoods} />
        <SuggestField label="Partnership" name="partnership" suggestions={options.partnerships} />
        <label className="field">
          <span className="field__label">Date</span>
          <input name="date" type="date" required defaultValue={localToday()} />
        </label>
        <label className="field">
          <span className="field__label">Venue</span>
          <input name="venue" maxLength={inputMaxLength(TITLE_MAX)} dir="auto" autoComplete="off" />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" className="button button--primary" disabled={busy}>
          Create event
        </button>
      </form>
    </section>
  );
}
