import { useState } from "react";
import type { Note } from "../../../core";
import { useBoardActions } from "./BoardContext";
import { Icon } from "./icons";

/**
 * Private writing: how many notes wait unseen, the facilitator's Reveal button, and the notes
 * this screen wrote itself (only it can read them until they are revealed).
 */
export function PrivateWriting({ waiting, mine }: { waiting: number; mine: readonly Note[] }) {
  const actions = useBoardActions();
  const [busy, setBusy] = useState(false);
  if (waiting === 0 && mine.length === 0) return null;
  async function reveal() {
    setBusy(true);
    const outcome = await actions.run("Reveal private notes", "notes.reveal", { eventId: actions.eventId });
    setBusy(false);
    if (outcome.ok) actions.say(`${waiting} private ${waiting === 1 ? "note is" : "notes are"} now on the board.`);
  }
  return (
    <section className="private card" aria-labelledby="private-heading">
      <div className="private__head">
        <h2 id="private-heading">
          <Icon name="lock" /> {waiting} private {waiting === 1 ? "note" : "notes"} waiting
        </h2>
        {waiting > 0 && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void reveal()}>
            Reveal private notes
          </button>
        )}
      </div>
      <p className="muted">Notes written during private writing stay hidden from every screen until the facilitator reveals them.</p>
      {mine.length > 0 && (
        <ul className="note-grid" aria-label="Your private notes">
          {mine.map((n) => (
            <li key={n.id} className="sticky sticky--private" data-note-id={n.id}>
              <p className="sticky__text" dir="auto" lang={n.lang || undefined}>
                {n.text}
              </p>
              <p className="sticky__meta">Only this screen sees this note until it is revealed.</p>
              <div className="sticky__tools">
                <button
                  type="button"
                  className="icon-button"
                  aria-label="Delete note"
                  title="Delete"
                  onClick={() => void actions.run("Delete a private note", "notes.delete", { eventId: actions.eventId, ids: [n.id] })}
                >
                  <Icon name="trash" />
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
