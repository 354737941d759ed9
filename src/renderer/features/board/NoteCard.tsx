import { useDraggable, useDroppable } from "@dnd-kit/core";
import { memo, useCallback, useLayoutEffect, useRef, useState } from "react";
import type { Note } from "../../../core";
import { useBoardActions } from "./BoardContext";
import type { DropTarget } from "./drop-plan";
import { Icon } from "./icons";
import { languageName } from "./languages";
import { NoteEditor } from "./NoteEditor";
import { NoteOriginals } from "./NoteOriginals";

export interface NoteCardProps {
  readonly note: Note;
  /** Duplicates merged into this note ("raised N times"). */
  readonly originals: readonly Note[] | undefined;
  readonly selected: boolean;
}

/**
 * One sticky note on the board: the face is what is dragged (mouse, touch, or keyboard:
 * focus it, Space, arrows, Space); the tools beside it edit, delete and select it.
 * The drag hooks re-run whenever a drag moves over something, so everything else is in
 * memoised parts that skip those renders.
 */
export const NoteCard = memo(function NoteCard({ note, originals, selected }: NoteCardProps) {
  const target: DropTarget = { type: "note", noteId: note.id, themeId: note.themeId };
  const drag = useDraggable({ id: note.id, data: target, attributes: { roleDescription: "movable note" } });
  const drop = useDroppable({ id: note.id, data: target });
  const [editing, setEditing] = useState(false);
  const face = useRef<HTMLDivElement | null>(null);
  const setFace = useCallback(
    (el: HTMLDivElement | null) => {
      face.current = el;
      drag.setNodeRef(el);
      drop.setNodeRef(el);
    },
    [drag.setNodeRef, drop.setNodeRef],
  );
  const { focusOnArrival } = useBoardActions();
  useLayoutEffect(() => {
    if (focusOnArrival.current !== note.id) return;
    focusOnArrival.current = null;
    face.current?.focus();
  }, [focusOnArrival, note.id, note.themeId]);
  const startEditing = useCallback(() => setEditing(true), []);
  // Focus goes back to the note once its face is on the page again (not a frame later, when
  // a re-render under load could have put it elsewhere), so the keyboard carries on from it.
  const refocus = useRef(false);
  const stopEditing = useCallback(() => {
    refocus.current = true;
    setEditing(false);
  }, []);
  useLayoutEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    face.current?.focus();
  }, [editing]);
  const classes = ["sticky", drag.isDragging && "sticky--dragging", drop.isOver && !drag.isDragging && "sticky--over", selected && "sticky--selected"];
  return (
    <li className={classes.filter(Boolean).join(" ")} data-note-id={note.id}>
      {editing ? (
        <NoteEditor note={note} onDone={stopEditing} />
      ) : (
        <div ref={setFace} className="sticky__face" {...drag.attributes} {...drag.listeners} onDoubleClick={startEditing}>
          <NoteFace note={note} />
        </div>
      )}
      {!editing && originals && originals.length > 0 && <NoteOriginals note={note} originals={originals} />}
      {!editing && <NoteTools note={note} selected={selected} onEdit={startEditing} />}
    </li>
  );
});

/** The note's words, as text in their own direction. */
export const NoteFace = memo(function NoteFace({ note }: { note: Note }) {
  return (
    <p className="sticky__text" dir="auto" lang={note.lang || undefined}>
      {note.text}
    </p>
  );
});

/** Table, language and author, when the note has them. */
function NoteDetails({ note }: { note: Note }) {
  const details = [note.table && `Table ${note.table}`, note.lang && languageName(note.lang), note.author && `by ${note.author}`].filter(Boolean);
  return (
    <p className="sticky__meta" dir="auto">
      {details.join(" · ")}
    </p>
  );
}

const NoteTools = memo(function NoteTools({ note, selected, onEdit }: { note: Note; selected: boolean; onEdit: () => void }) {
  const actions = useBoardActions();
  const tools = useRef<HTMLDivElement>(null);
  async function remove() {
    // Keep the keyboard where it was: on the next note, or the one before.
    const item = tools.current?.closest("li");
    const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLElement>(".sticky__face");
    const outcome = await actions.run("Delete a note", "notes.delete", { eventId: actions.eventId, ids: [note.id] });
    if (!outcome.ok) return;
    (neighbour ?? document.getElementById("note-box"))?.focus();
    actions.sayDone("Note deleted.", outcome.stepId);
  }
  return (
    <div className="sticky__tools" ref={tools}>
      <input type="checkbox" className="sticky__select" checked={selected} onChange={() => actions.toggleSelected(note.id)} aria-label="Select for merging or moving" title="Select, then merge or move to a theme" />
      <NoteDetails note={note} />
      <button type="button" className="icon-button" aria-label="Edit note" title="Edit" onClick={onEdit}>
        <Icon name="edit" />
      </button>
      <button type="button" className="icon-button" aria-label="Delete note" title="Delete" onClick={() => void remove()}>
        <Icon name="trash" />
      </button>
    </div>
  );
});
