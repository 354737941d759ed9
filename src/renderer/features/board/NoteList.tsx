import { memo } from "react";
import type { Note } from "../../../core";
import { NoteCard } from "./NoteCard";

/** A list of note cards (a theme's, or the unsorted ones); `children` come after them (notes still sending). */
export const NoteList = memo(function NoteList({
  notes,
  originals,
  selected,
  label,
  children,
}: {
  notes: readonly Note[];
  originals: ReadonlyMap<string, readonly Note[]>;
  selected: ReadonlySet<string>;
  label: string;
  children?: React.ReactNode;
}) {
  return (
    <ul className="note-grid" aria-label={label}>
      {notes.map((n) => (
        <NoteCard key={n.id} note={n} originals={originals.get(n.id)} selected={selected.has(n.id)} />
      ))}
      {children}
    </ul>
  );
});
