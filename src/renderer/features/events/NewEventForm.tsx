import { useState, type FormEvent } from "react";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { navigate } from "../../app/router";
import { todayIso } from "../../ui/format";

/** Title, neighbourhood, date and venue: what an organiser knows when planning an event. */
export function NewEventForm() {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    setBusy(true);
    setError(null);
    const result = await client.call("events.create", {
      id: newId(),
      title: field("title"),
      neighbourhood: field("neighbourhood"),
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
          <input name="title" required maxLength={960} dir="auto" autoComplete="off" />
        </label>
        <label className="field">
          <span className="field__label">Neighbourhood</span>
          <input name="neighbourhood" maxLength={960} dir="auto" autoComplete="off" />
        </label>
        <label className="field">
          <span className="field__label">Date</span>
          <input name="date" type="date" required defaultValue={todayIso()} />
        </label>
        <label className="field">
          <span className="field__label">Venue</span>
          <input name="venue" maxLength={960} dir="auto" autoComplete="off" />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          Create event
        </button>
      </form>
    </section>
  );
}
