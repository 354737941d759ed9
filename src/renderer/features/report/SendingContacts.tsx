import { useId, useState } from "react";
import { CONTACT_KEEP_DAYS_DEFAULT, CONTACT_REACHED_LABELS, contactCountText, ContactChannel, type ContactReached } from "../../../core";
import type { ContactsView as View } from "../../../api";
import { useCommand } from "../../app/useCommand";
import { useQuery } from "../../app/useQuery";
import { formatDate } from "../../ui/format";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { SendingContactList } from "./SendingContactList";
import "./sending-contacts.css";

const KEEP_CHOICES = [0, 7, 14, CONTACT_KEEP_DAYS_DEFAULT, 60, 90] as const;
const keepLabel = (d: number) => (d === 0 ? "On the day it is sent" : `${d} days after sending${d === CONTACT_KEEP_DAYS_DEFAULT ? " (usual)" : ""}`);

/**
 * Who asked to hear back, for the organiser alone: the contacts to send the report to, how
 * many were reached by each channel, and when the contacts are deleted (and what was).
 */
export function SendingContacts({ eventId, sentOn }: { eventId: string; sentOn: string | null }) {
  const id = useId();
  const { result, reload } = useQuery("contacts.view", { eventId }, `${eventId}:${sentOn ?? ""}`);
  const command = useCommand();
  if (result.state === "loading") return <p>Loading who asked for the report…</p>;
  if (result.state === "error") return <ErrorMessage error={result.message} />;
  const view = result.value;

  async function setKeep(keepDays: number) {
    if (await command.run("contacts.setKeepDays", { eventId, keepDays })) reload();
  }

  return (
    <section className="sending-contacts" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>
        Who asked for the report ({view.contacts.length} {view.contacts.length === 1 ? "person" : "people"})
      </h3>
      <p className="muted">Only you see these. They are kept apart from the notes and votes, and are never exported with them.</p>
      {view.contacts.length > 0 ? (
        <SendingContactList eventId={eventId} contacts={view.contacts} onRemoved={reload} />
      ) : (
        <p>No contacts are kept for this event.</p>
      )}
      {view.deletions.length > 0 && (
        <ul className="sending-contacts__deletions" aria-label="Deleted so far">
          {view.deletions.map((d, i) => (
            <li key={i}>
              {contactCountText(d.count)} deleted on {formatDate(d.deletedOn)}
            </li>
          ))}
        </ul>
      )}
      <label className="field">
        <span className="field__label">When to delete them</span>
        <select value={view.keepDays} onChange={(e) => void setKeep(Number(e.target.value))}>
          {(KEEP_CHOICES.includes(view.keepDays as never) ? KEEP_CHOICES : [...KEEP_CHOICES, view.keepDays]).map((d) => (
            <option key={d} value={d}>
              {keepLabel(d)}
            </option>
          ))}
        </select>
      </label>
      <p className="sending-contacts__when">{deletionWords(view)}</p>
      <Reached eventId={eventId} reached={view.reached} onSaved={reload} />
      <ErrorMessage error={command.error} />
    </section>
  );
}

function deletionWords(view: View): string {
  if (view.contacts.length === 0) return "";
  if (view.deleteOn === null) return "They are kept until the report is marked sent, then deleted on the day you choose above.";
  return `They will be deleted on ${formatDate(view.deleteOn)}.`;
}

/** How many residents the report reached by each channel. */
function Reached({ eventId, reached, onSaved }: { eventId: string; reached: ContactReached; onSaved: () => void }) {
  const id = useId();
  const [counts, setCounts] = useState<ContactReached>(reached);
  const [done, setDone] = useState(false);
  const command = useCommand();
  async function save() {
    if (await command.run("contacts.recordReached", { eventId, reached: counts })) {
      setDone(true);
      onSaved();
    }
  }
  return (
    <fieldset className="sending-contacts__reached">
      <legend>How many were reached</legend>
      {ContactChannel.options.map((c) => (
        <label key={c} className="field field--inline" htmlFor={`${id}-${c}`}>
          <span className="field__label">{CONTACT_REACHED_LABELS[c]}</span>
          <input
            id={`${id}-${c}`}
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={counts[c]}
            onChange={(e) => (setDone(false), setCounts((all) => ({ ...all, [c]: e.target.value === "" ? 0 : Number(e.target.value) })))}
          />
        </label>
      ))}
      <button type="button" onClick={() => void save()} disabled={command.busy}>
        Record reached
      </button>
      <span role="status" className="muted">
        {done ? `Recorded: ${ContactChannel.options.map((c) => `${counts[c]} ${CONTACT_REACHED_LABELS[c]}`).join(", ")}.` : ""}
      </span>
      <ErrorMessage error={command.error} />
    </fieldset>
  );
}
