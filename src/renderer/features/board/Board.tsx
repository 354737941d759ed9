import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { memo, useMemo, useRef, useState } from "react";
import type { BoardView, Note } from "../../../core";
import { newId } from "../../../api";
import { announcementsFor, asDropTarget, screenReaderInstructions } from "./announcements";
import { neighbourCollisions, neighbourKeyboardCoordinates } from "./neighbour-collisions";
import { useBoardActions } from "./BoardContext";
import { planDrop, UNSORTED_DROP_ID, type DropTarget } from "./drop-plan";
import { NoteFace } from "./NoteCard";
import { NewThemeForm } from "./NewThemeForm";
import { NoteList } from "./NoteList";
import { PendingNoteItems, usePendingNotes, type PendingNotes } from "./pending-notes";
import { ThemeColumn } from "./ThemeColumn";

export interface BoardProps {
  readonly view: BoardView;
  readonly selected: ReadonlySet<string>;
  readonly visible: ReadonlySet<string> | null;
  /** Notes typed here and not yet in the room's feed, shown at the end of the unsorted notes. */
  readonly pending: PendingNotes;
}

// Sensor options are constants: new objects on each render would make new sensors, and every
// draggable note (1,000 of them) re-renders when the sensors change.
const MOUSE = { activationConstraint: { distance: 6 } };
// A short press starts a drag on a touch screen, so a swipe still scrolls.
const TOUCH = { activationConstraint: { delay: 200, tolerance: 8 } };
const KEYBOARD = { coordinateGetter: neighbourKeyboardCoordinates };

/** The board: unsorted notes beside the themes, with drag and drop by mouse, touch and keyboard. */
export const Board = memo(function Board({ view, selected, visible, pending }: BoardProps) {
  const actions = useBoardActions();
  const viewRef = useRef(view);
  viewRef.current = view;
  const [active, setActive] = useState<Note | null>(null);
  const sensors = useSensors(useSensor(MouseSensor, MOUSE), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, KEYBOARD));
  const accessibility = useMemo(() => ({ announcements: announcementsFor(() => viewRef.current), screenReaderInstructions }), []);
  const positions = useMemo(() => view.themes.map((t) => t.theme.position), [view.themes]);

  function onDragStart(e: DragStartEvent) {
    byKeyboard.current = e.activatorEvent instanceof KeyboardEvent;
    const id = String(e.active.id);
    setActive(view.unsorted.find((n) => n.id === id) ?? view.themes.flatMap((t) => t.notes).find((n) => n.id === id) ?? null);
  }

  const byKeyboard = useRef(false);
  function onDragEnd(e: DragEndEvent) {
    setActive(null);
    const plan = planDrop(viewRef.current, String(e.active.id), asDropTarget(e.over?.data.current));
    if (byKeyboard.current && plan.kind !== "none") actions.focusOnArrival.current = String(e.active.id);
    if (plan.kind === "move")
      void actions.run("Move a note", "notes.move", { eventId: actions.eventId, moves: [{ id: String(e.active.id), themeId: plan.themeId, position: plan.position }] });
    else if (plan.kind === "new-theme")
      void actions.run("Make a theme of two notes", "themes.create", {
        id: newId(),
        eventId: actions.eventId,
        title: `Theme ${viewRef.current.themes.length + 1}`,
        noteIds: plan.noteIds,
      });
  }

  return (
    <DndContext sensors={sensors} collisionDetection={neighbourCollisions} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setActive(null)} accessibility={accessibility}>
      <div className="board">
        <UnsortedColumn notes={view.unsorted} originals={view.originals} selected={selected} visible={visible} pending={pending} />
        <section className="board__themes" aria-labelledby="themes-heading">
          <div className="board__themes-head">
            <h2 id="themes-heading">
              Themes <span className="count">({view.themes.length})</span>
            </h2>
            <NewThemeForm />
          </div>
          {view.themes.length === 0 && <p className="muted">No themes yet. Add one, or drop a note on another note to make one.</p>}
          <div className="themes">
            {view.themes.map((t, i) => (
              <ThemeColumn key={t.theme.id} theme={t.theme} notes={t.notes} originals={view.originals} selected={selected} visible={visible} index={i} positions={positions} />
            ))}
          </div>
        </section>
      </div>
      <DragOverlay dropAnimation={null}>
        {active && (
          <div className="drag-card">
            <NoteFace note={active} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
});

const UnsortedColumn = memo(function UnsortedColumn(props: {
  notes: readonly Note[];
  originals: ReadonlyMap<string, readonly Note[]>;
  selected: ReadonlySet<string>;
  visible: ReadonlySet<string> | null;
  pending: PendingNotes;
}) {
  const target: DropTarget = { type: "unsorted" };
  const drop = useDroppable({ id: UNSORTED_DROP_ID, data: target });
  const pending = usePendingNotes(props.pending);
  const shown = props.visible ? props.notes.filter((n) => props.visible!.has(n.id)) : props.notes;
  const empty = shown.length === 0 && pending.length === 0;
  return (
    <section ref={drop.setNodeRef} className={`unsorted ${drop.isOver ? "unsorted--over" : ""}`} aria-labelledby="unsorted-heading">
      <h2 id="unsorted-heading">
        Unsorted <span className="count">({shown.length === props.notes.length ? props.notes.length : `${shown.length} of ${props.notes.length}`})</span>
      </h2>
      {empty ? (
        <p className="muted">{props.notes.length ? "No unsorted notes match the filter." : "No notes here. What residents say goes here first."}</p>
      ) : (
        <NoteList notes={shown} originals={props.originals} selected={props.selected} label="Unsorted notes">
          {pending.length > 0 && <PendingNoteItems notes={pending} />}
        </NoteList>
      )}
    </section>
  );
});
