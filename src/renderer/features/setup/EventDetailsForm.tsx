import { useState } from "react";
import { EventStatus, type EventUpdateInput, type HearthEvent } from "../../../core";
import { useCommand } from "../../app/useCommand";
import { SuggestField } from "../../ui/SuggestField";
import type { EventFormOptions } from "../../app/useEventFormOptions";
import { useDraft } from "./useDraft";
import { ErrorMessage } from "../../ui/ErrorMessage";

const STATUS_CHOICES: Record<EventStatus, string> = {
  planned: "Planned",
  live: "Live",
  closed: "Closed",
};

const draftOf = (e: HearthEvent) => ({
  title: e.title,
  date: e.date,
  venue: e.venue,
  neighbourhood: e.neighbourhood,
  partnership: e.partnership,
  feedbackDueOn: e.feedbackDueOn,
  attribution: e.attribution,
  status: e.status as string,
});

/** The event's details. Only changed fields are sent, so another screen's edit to another field stands. */
export function EventDetailsForm({ event, options, onSaved }: { event: HearthEvent; options: EventFormOptions; onSaved: () => void }) {
  const { run, busy, error } = useCommand();
  const { draft, set, changed, dirty } = useDraft(draftOf(event));
  const [saved, setSaved] = useState(false);

  function save() {
    const patch: Record<string, unknown> = { id: event.id };
    for (const k of changed) patch[k] = draft[k];
    setSaved(false);
    // The room parses the patch with EventUpdateInput and answers any mistake in words.
    void run("events.update", patch as EventUpdateInput).then((r) => {
      if (!r) return;
      setSaved(true);
      onSaved();
    });
  }

  const text = (label: string, key: "title" | "venue", required = false) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input value={draft[key]} required={required} dir="auto" autoComplete="off" onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  const date = (label: string, key: "date" | "feedbackDueOn") => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input type="date" value={draft[key]} onChange={(e) => set(key, e.target.value)} />
    </label>
  );

  return (
    <section className="card event-details" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (dirty) save();
        }}
      >
        {text("Title", "title", true)}
        {date("Date", "date")}
        {text("Venue", "venue")}
        <SuggestField label="Neighbourhood" suggestions={options.neighbourhoods} value={draft.neighbourhood} onChange={(v) => set("neighbourhood", v)} />
        <SuggestField label="Partnership" suggestions={options.partnerships} value={draft.partnership} onChange={(v) => set("partnership", v)} />
        {date("Feedback report due", "feedbackDueOn")}
        <label className="stage-fields__check">
          <input type="checkbox" checked={draft.attribution} onChange={(e) => set("attribution", e.target.checked)} />
          Attribution: show who wrote each note
        </label>
        <label className="field">
          <span className="field__label">Status</span>
          <select value={draft.status} onChange={(e) => set("status", e.target.value)}>
            {EventStatus.options.map((s) => (
              <option key={s} value={s}>
                {STATUS_CHOICES[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={busy || !dirty}>
          Save details
        </button>
        <p role="status" className="event-details__saved">
          {saved && !dirty ? "Details saved." : ""}
        </p>
        <ErrorMessage error={error} />
      </form>
    </section>
  );
}
