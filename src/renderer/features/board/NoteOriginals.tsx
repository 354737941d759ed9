import { useId, useState } from "react";
import type { Note } from "../../../core";
import { useBoardActions } from "./BoardContext";

/** "Raised 3 times": the duplicates merged into a note, each with its own words and table, and Unmerge. */
export function NoteOriginals({ note, originals }: { note: Note; originals: readonly Note[] }) {
  const actions = useBoardActions();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <div className="originals">
      <button type="button" className="originals__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        Raised {originals.length + 1} times
      </button>
      {open && (
        <div id={listId}>
          <ul className="originals__list" aria-label="Merged duplicates">
            {originals.map((o) => (
              <li key={o.id}>
                <span dir="auto" lang={o.lang || undefined}>
                  {o.text}
                </span>
                {o.table && <span className="sticky__meta"> · Table {o.table}</span>}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--small"
            onClick={() => void actions.run("Unmerge duplicates", "notes.unmerge", { eventId: actions.eventId, id: note.id })}
          >
            Unmerge
          </button>
        </div>
      )}
    </div>
  );
}
