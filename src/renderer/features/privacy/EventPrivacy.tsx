import { useId, useState } from "react";
import type { HearthEvent } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { navigate } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import { hrefFor } from "../../app/router";
import { PrivacyNoticeText } from "./PrivacyNotice";
import { usePrivacyNotice } from "./usePrivacyNotice";
import "./privacy.css";

const CHOICES: readonly { months: number | null; label: string }[] = [
  { months: null, label: "Until I delete the event" },
  { months: 1, label: "1 month after the event" },
  { months: 3, label: "3 months after the event" },
  { months: 6, label: "6 months after the event" },
  { months: 12, label: "12 months after the event" },
  { months: 24, label: "24 months after the event" },
];

/** How long the event's notes are kept, and deleting the event for good (its title typed to confirm). */
export function EventPrivacy({ event }: { event: HearthEvent }) {
  const client = useClient();
  const selectId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const { notice } = usePrivacyNotice(event, `${event.retentionMonths ?? ""}`);
  const choices = CHOICES.some((c) => c.months === event.retentionMonths)
    ? CHOICES
    : [...CHOICES, { months: event.retentionMonths, label: `${event.retentionMonths} months after the event` }];

  async function setRetention(value: string) {
    const months = value === "" ? null : Number(value);
    const r = await client.call("events.setRetention", { eventId: event.id, months });
    setMessage(r.ok ? null : r.error.message);
  }

  async function remove() {
    setBusy(true);
    const r = await client.call("events.delete", { eventId: event.id, confirmTitle: typed });
    setBusy(false);
    if (r.ok) navigate({ name: "events" });
    else setMessage(r.error.message);
  }

  return (
    <section aria-labelledby={`${selectId}-heading`} className="card privacy">
      <h2 id={`${selectId}-heading`}>Privacy</h2>
      <label className="field" htmlFor={selectId}>
        <span className="field__label">Keep this event&apos;s notes</span>
        <select id={selectId} value={event.retentionMonths ?? ""} onChange={(e) => void setRetention(e.target.value)}>
          {choices.map((c) => (
            <option key={c.label} value={c.months ?? ""}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">When the time is up, Hearth deletes the notes for good; the event, its themes and its report stay.</p>
      <p className="muted">Residents&apos; contacts (to send them the report) are deleted on the schedule set on the report&apos;s sending panel.</p>
      {notice && (
        <details className="privacy__notice">
          <summary>What residents are told: the privacy notice</summary>
          <PrivacyNoticeText notice={notice} headingLevel={3} />
        </details>
      )}
      <p className="privacy__notice-link">
        <a className="button" href={hrefFor({ name: "privacy-notice", eventId: event.id })}>
          Privacy notice for the door (print)
        </a>
      </p>
      <button type="button" className="button button--danger" onClick={() => (setTyped(""), setDeleting(true))}>
        Delete this event…
      </button>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this event for good?"
          confirmLabel="Delete the event"
          danger
          busy={busy}
          confirmDisabled={typed.trim() !== event.title}
          onCancel={() => setDeleting(false)}
          onConfirm={() => void remove()}
        >
          <p>
            This deletes <Bidi>{event.title}</Bidi> and everything in it — every note, theme and action — from this computer. It cannot be
            undone. Backups taken before now still hold it until they are replaced by newer ones.
          </p>
          <label className="field">
            <span className="field__label">Type the event&apos;s title to confirm</span>
            <input value={typed} onChange={(e) => setTyped(e.target.value)} dir="auto" autoComplete="off" />
          </label>
        </ConfirmDialog>
      )}
    </section>
  );
}
