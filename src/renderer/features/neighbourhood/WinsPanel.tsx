import { localToday } from "../../../core";
import { useState, type FormEvent } from "react";
import { newId, type NeighbourhoodThread } from "../../../api";
import { useCommand } from "../../app/useCommand";
import { Bidi } from "../../ui/Bidi";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { formatDate } from "../../ui/format";
import { photoDataUrl } from "./photo";
import { PrioritySelect } from "./PrioritySelect";

/** Visible wins, newest last, each with its date, its priority and an optional photo; and the form to log one. */
export function WinsPanel({ thread, onChanged }: { thread: NeighbourhoodThread; onChanged: () => void }) {
  const { run, busy, error } = useCommand();
  const [text, setText] = useState("");
  const [on, setOn] = useState(localToday());
  const [priorityId, setPriorityId] = useState("");
  const [photo, setPhoto] = useState<string | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const titleOf = (id: string | null) => thread.priorities.find((p) => p.priority.id === id)?.priority.title;

  async function choose(file: File | undefined) {
    setPhotoError(null);
    setPhoto(null);
    if (!file) return;
    try {
      setPhoto(await photoDataUrl(file));
    } catch (err) {
      setPhotoError(err instanceof Error ? err.message : String(err));
    }
  }
  async function add(e: FormEvent) {
    e.preventDefault();
    const input = { id: newId(), neighbourhoodId: thread.neighbourhood.id, priorityId: priorityId || null, on, text, photo };
    if (await run("wins.add", input)) {
      setText("");
      setPhoto(null);
      onChanged();
    }
  }
  return (
    <section aria-labelledby="wins-h">
      <h2 id="wins-h">Wins</h2>
      {thread.wins.length === 0 ? (
        <p className="muted">No wins logged yet.</p>
      ) : (
        <ul className="thread-list" aria-label="Wins">
          {thread.wins.map((w) => (
            <li key={w.id}>
              {formatDate(w.on)}: <Bidi>{w.text}</Bidi>
              {titleOf(w.priorityId) && (
                <>
                  {" · for "}
                  <Bidi>{titleOf(w.priorityId)}</Bidi>
                </>
              )}
              {w.photo && <img className="win__photo" src={w.photo} alt={`Photo: ${w.text}`} />}
            </li>
          ))}
        </ul>
      )}
      <form className="thread-form" onSubmit={(e) => void add(e)} aria-label="Log a win">
        <label className="field field--wide">
          <span className="field__label">Win</span>
          <input type="text" dir="auto" value={text} onChange={(e) => setText(e.target.value)} placeholder="Walking group funded £2,000" required />
        </label>
        <label className="field">
          <span className="field__label">Date</span>
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} required />
        </label>
        <PrioritySelect priorities={thread.priorities} value={priorityId} onChange={setPriorityId} label="For priority" />
        <label className="field">
          <span className="field__label">Photo (optional)</span>
          <input type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        <button type="submit" disabled={busy}>
          Log win
        </button>
      </form>
      <ErrorMessage error={photoError ?? error} />
    </section>
  );
}
