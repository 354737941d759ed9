import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { boardView, isFiltering, matchesFilter, NO_FILTER, privateNotesWaiting, promptsInRunOrder, tableLabels, type BoardView, type EventState, type Note, type NoteFilter } from "../../../core";
import { Board } from "./Board";
import { planMoveTo } from "./drop-plan";
import { BoardActionsContext, PromptsContext, type BoardActions } from "./BoardContext";
import { BoardToolbar } from "./BoardToolbar";
import { CsvImport } from "./CsvImport";
import { NoteComposer } from "./NoteComposer";
import { PendingNotes } from "./pending-notes";
import { PrivateWriting } from "./PrivateWriting";
import { stabilise } from "./stable-view";
import { useToast } from "./Toasts";
import { usePrivateNotes } from "./usePrivateNotes";
import { useUndoableCommands } from "./useUndoableCommands";
import { useUndoKeys } from "./useUndoKeys";

/** Capture and the board of one event: the note box, private writing, the toolbar and the board. */
export function EventBoard({ state }: { state: EventState }) {
  const eventId = state.event.id;
  const say = useToast();
  const { notes: overlaid, mine, remember } = usePrivateNotes(eventId, state.note);
  const notes = overlaid ?? state.note;
  const latest = useRef({ notes, themes: state.theme });
  latest.current = { notes, themes: state.theme };
  const board = useCallback(() => ({ note: latest.current.notes, theme: latest.current.themes }), []);
  const { commands, stacks } = useUndoableCommands(eventId, board, remember, say);
  useUndoKeys(commands.undo, commands.redo);

  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggleSelected = useCallback(
    (id: string) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const focusOnArrival = useRef<string | null>(null);
  const actions = useMemo<BoardActions>(
    () => ({
      ...commands,
      eventId,
      say,
      sayDone: (message, stepId) => say(message, stepId ? { label: "Undo", run: () => commands.undo(stepId) } : undefined),
      toggleSelected,
      focusOnArrival,
    }),
    [commands, eventId, say, toggleSelected],
  );

  const prompts = useMemo(() => promptsInRunOrder(state.prompt.values(), state.stage.values()), [state.prompt, state.stage]);
  const stageId = state.event.currentStageId;
  const stagePrompts = useMemo(() => prompts.filter((p) => p.stageId !== null && p.stageId === stageId), [prompts, stageId]);
  const privateWriting = stageId !== null && (state.stage.get(stageId)?.privateWriting ?? false);

  const previous = useRef<BoardView | undefined>(undefined);
  const view = useMemo(() => (previous.current = stabilise(previous.current, boardView(notes.values(), state.theme.values()))), [notes, state.theme]);
  const themes = useMemo(() => view.themes.map((t) => t.theme), [view.themes]);
  const onBoard = useMemo(() => [...view.unsorted, ...view.themes.flatMap((t) => t.notes)], [view]);
  const tables = useMemo(() => tableLabels(onBoard), [onBoard]);
  const [filter, setFilter] = useState<NoteFilter>(NO_FILTER);
  const visible = useMemo(
    () => (isFiltering(filter) ? new Set(onBoard.filter((n) => matchesFilter(n, filter, view.originals.get(n.id))).map((n) => n.id)) : null),
    [onBoard, filter, view.originals],
  );
  // Every screen counts the private notes waiting from the room's blank stand-ins.
  const waiting = useMemo(() => privateNotesWaiting(state.note.values()), [state.note]);
  const myPrivate = useMemo(() => [...mine.values()].filter((n) => !n.deleted), [mine]);

  // A note shows at once, marked "sending", until the room's feed (or its acknowledgement) has it.
  const [pending] = useState(() => new PendingNotes());
  useLayoutEffect(() => pending.prune((id) => state.note.has(id) || mine.has(id)), [pending, state.note, mine]);
  const onAdded = useCallback(
    (note: Note, before: { note: ReadonlyMap<string, Note> }) => {
      remember([note]);
      commands.record("Add a note", { note: before.note, theme: latest.current.themes }, { notes: [note], themes: [] });
    },
    [remember, commands],
  );

  const [importing, setImporting] = useState(false);
  const selectedOnBoard = useMemo(() => [...selected].filter((id) => onBoard.some((n) => n.id === id)), [selected, onBoard]);
  async function merge() {
    const [targetId, ...sourceIds] = selectedOnBoard;
    if (!targetId || sourceIds.length === 0) return;
    const outcome = await actions.run(`Merge ${selectedOnBoard.length} notes`, "notes.merge", { eventId, targetId, sourceIds });
    if (!outcome.ok) return;
    setSelected(new Set());
    actions.sayDone(`Merged: one note now stands for ${selectedOnBoard.length + (view.originals.get(targetId)?.length ?? 0)}.`, outcome.stepId);
  }

  async function moveSelected(themeId: string | null) {
    const ids = selectedOnBoard;
    if (ids.length === 0) return;
    const moves = planMoveTo(view, ids, themeId);
    if (moves.length === 0) return;
    const title = themeId === null ? "Unsorted" : (state.theme.get(themeId)?.title ?? "the theme");
    const outcome = await actions.run(`Move ${ids.length} notes`, "notes.move", { eventId, moves });
    if (!outcome.ok) return;
    setSelected(new Set());
    actions.sayDone(`Moved ${ids.length} ${ids.length === 1 ? "note" : "notes"} to ${title}.`, outcome.stepId);
  }

  return (
    <BoardActionsContext.Provider value={actions}>
      <PromptsContext.Provider value={prompts}>
        <NoteComposer
          eventId={eventId}
          prompts={prompts}
          stagePrompts={stagePrompts}
          privateWriting={privateWriting}
          pending={pending}
          onAdded={onAdded}
          notesNow={() => latest.current.notes}
        />
        <PrivateWriting waiting={waiting} mine={myPrivate} />
        <BoardToolbar
          stacks={stacks}
          filter={filter}
          onFilter={setFilter}
          prompts={prompts}
          themes={themes}
          tables={tables}
          shown={visible ? visible.size : onBoard.length}
          total={onBoard.length}
          selected={selectedOnBoard}
          onMerge={() => void merge()}
          onMoveTo={(themeId) => void moveSelected(themeId)}
          onClearSelection={() => setSelected(new Set())}
          onImport={() => setImporting(true)}
        />
        {importing && (
          <CsvImport
            themes={themes}
            onClose={() => setImporting(false)}
            onImported={(n) => {
              setImporting(false);
              say(`Imported ${n} ${n === 1 ? "note" : "notes"}.`);
            }}
          />
        )}
        <Board
          view={view}
          selected={selected}
          visible={visible}
          pending={pending}
        />
      </PromptsContext.Provider>
    </BoardActionsContext.Provider>
  );
}
