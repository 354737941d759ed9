import { useEffect, useState, type FormEvent } from "react";
import { inputMaxLength, SENT_CHANNEL_LABELS, SENT_NOTE_MAX, SentChannel, type HearthEvent, type ReportSent } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { FeedbackClockText } from "../../ui/FeedbackClockBadge";
import { useFeedbackClocks } from "../../app/useFeedbackClocks";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { SendingContacts } from "./SendingContacts";

/** The 10-day clock for this report: its due date (editable) and the record of how it went out. */
export function SendingPanel({ event, sent, onSent }: { event: HearthEvent; sent: ReportSent | null; onSent: (s: ReportSent | null) => void }) {
  const client = useClient();
  const clocks = useFeedbackClocks();
  const today = clocks.state === "ready" ? clocks.value.today : null;
  const [channels, setChannels] = useState<SentChannel[]>(sent?.channels ?? []);
  const [sentOn, setSentOn] = useState(sent?.sentOn ?? today ?? event.feedbackDueOn);
  const [note, setNote] = useState(sent?.note ?? "");
  const [error, setError] = useState<string | null>(null);
  // Until it is recorded, "sent on" starts as today (the room's today), once that is known.
  useEffect(() => {
    if (!sent && today) setSentOn(today);
  }, [sent, today]);

  async function changeDue(dueOn: string) {
    if (!dueOn) return;
    const r = await client.call("reports.setDueOn", { eventId: event.id, dueOn });
    setError(r.ok ? null : r.error.message);
  }

  async function record(e: FormEvent) {
    e.preventDefault();
    const r = await client.call("reports.recordSent", { eventId: event.id, sent: { sentOn, channels, note } });
    if (!r.ok) return setError(r.error.message);
    setError(null);
    onSent(r.value.sent);
  }

  return (
    <section aria-labelledby="sending-heading" className="sending card">
      <h2 id="sending-heading">Feedback due</h2>
      {today && <p className="sending__clock">{<FeedbackClockText feedbackDueOn={event.feedbackDueOn} sent={sent} today={today} />}</p>}
      <label className="field">
        <span className="field__label">Due date (10 days after the event unless you change it)</span>
        <input type="date" value={event.feedbackDueOn} min={event.date} onChange={(e) => void changeDue(e.target.value)} />
      </label>
      <form onSubmit={(e) => void record(e)} className="sending__form">
        <fieldset>
          <legend>How the report went out</legend>
          {SentChannel.options.map((c) => (
            <label key={c} className="check">
              <input type="checkbox" checked={channels.includes(c)} onChange={(e) => setChannels((all) => (e.target.checked ? [...all, c] : all.filter((x) => x !== c)))} />{" "}
              {SENT_CHANNEL_LABELS[c]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">Sent on</span>
          <input type="date" value={sentOn} min={event.date} onChange={(e) => setSentOn(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Note (optional)</span>
          <input type="text" dir="auto" value={note} maxLength={inputMaxLength(SENT_NOTE_MAX)} onChange={(e) => setNote(e.target.value)} placeholder="e.g. 100 copies at the hub" />
        </label>
        <p className="sending__buttons">
          <button type="submit" className="button--primary">
            Record as sent
          </button>
          {sent && (
            <button
              type="button"
              onClick={() =>
                void client.call("reports.recordSent", { eventId: event.id, sent: null }).then((r) => (r.ok ? onSent(null) : setError(r.error.message)))
              }
            >
              Not sent after all
            </button>
          )}
        </p>
      </form>
      <ErrorMessage error={error} />
      <SendingContacts eventId={event.id} sentOn={sent?.sentOn ?? null} />
    </section>
  );
}
