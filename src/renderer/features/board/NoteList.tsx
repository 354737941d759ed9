import type { Note } from "../../../core";
import type { PendingNote } from "./NoteComposer";

/** The notes as sticky notes, oldest first; user text is always rendered as text, in its own direction. */
export function NoteList({ notes, unsent }: { notes: readonly Note[]; unsent: readonly PendingNote[] }) {
  const count = notes.length + unsent.length;
  return (
    <section aria-labelledby="notes-heading" className="notes">
      <h2 id="notes-heading">
        Notes <span className="count">({count})</span>
      </h2>
      {count === 0 ? (
        <p className="muted">No notes yet. What residents say goes here.</p>
      ) : (
        <ul className="note-grid" aria-label="Notes">
          {notes.map((n) => (
            <li key={n.id} className="sticky" data-note-id={n.id}>
              <p className="sticky__text" dir="auto">
                {n.text}
              </p>
              {n.table && <p className="sticky__meta">Table {n.table}</p>}
            </li>
          ))}
          {unsent.map((n) => (
            <li key={n.id} className="sticky sticky--pending" data-note-id={n.id}>
              <p className="sticky__text" dir="auto">
                {n.text}
              </p>
              <p className="sticky__meta">Sending…</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
