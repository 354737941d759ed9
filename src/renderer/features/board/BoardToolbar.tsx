import { useId } from "react";
import type { NoteFilter, Prompt, Theme, UndoStacks } from "../../../core";
import { useBoardActions } from "./BoardContext";
import { Icon } from "./icons";

/** Undo and redo, search and filters, and what to do with the notes selected for merging. */
export function BoardToolbar(props: {
  stacks: UndoStacks;
  filter: NoteFilter;
  onFilter: (f: NoteFilter) => void;
  prompts: readonly Prompt[];
  themes: readonly Theme[];
  tables: readonly string[];
  shown: number;
  total: number;
  selected: readonly string[];
  onMerge: () => void;
  onClearSelection: () => void;
  onImport: () => void;
}) {
  const actions = useBoardActions();
  const id = useId();
  const { filter, onFilter } = props;
  const lastUndo = props.stacks.undo.at(-1);
  const lastRedo = props.stacks.redo.at(-1);
  const set = (change: Partial<NoteFilter>) => onFilter({ ...filter, ...change });
  return (
    <div className="toolbar" role="toolbar" aria-label="Board tools">
      <div className="toolbar__group">
        <button type="button" className="button button--small" disabled={!lastUndo} aria-keyshortcuts="Control+Z Meta+Z" title={lastUndo ? `Undo: ${lastUndo.label} (Ctrl+Z)` : "Nothing to undo"} onClick={() => actions.undo()}>
          <Icon name="undo" /> Undo
        </button>
        <button type="button" className="button button--small" disabled={!lastRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" title={lastRedo ? `Redo: ${lastRedo.label} (Shift+Ctrl+Z)` : "Nothing to redo"} onClick={() => actions.redo()}>
          <Icon name="redo" /> Redo
        </button>
      </div>
      <div className="toolbar__group toolbar__filters">
        <label className="field--inline">
          <span className="visually-hidden">Search notes</span>
          <input type="search" value={filter.text} dir="auto" placeholder="Search notes" onChange={(e) => set({ text: e.target.value })} />
        </label>
        <label className="field--inline">
          <span className="visually-hidden">Filter by prompt</span>
          <select value={filter.promptId} onChange={(e) => set({ promptId: e.target.value })}>
            <option value="any">All prompts</option>
            <option value="none">No prompt</option>
            {props.prompts.map((p, i) => (
              <option key={p.id} value={p.id}>{`${i + 1}. ${p.text}`}</option>
            ))}
          </select>
        </label>
        <label className="field--inline">
          <span className="visually-hidden">Filter by theme</span>
          <select value={filter.themeId} onChange={(e) => set({ themeId: e.target.value })}>
            <option value="any">All themes</option>
            <option value="unsorted">Unsorted</option>
            {props.themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field--inline">
          <span className="visually-hidden">Filter by table</span>
          <select value={filter.table} onChange={(e) => set({ table: e.target.value })}>
            <option value="any">All tables</option>
            <option value="">No table</option>
            {props.tables.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <p className="toolbar__count" id={`${id}-count`}>
          {props.shown === props.total ? `${props.total} ${props.total === 1 ? "note" : "notes"}` : `Showing ${props.shown} of ${props.total} notes`}
        </p>
      </div>
      <div className="toolbar__group">
        {props.selected.length > 0 && (
          <>
            <span>{props.selected.length} selected</span>
            <button type="button" className="button button--small" disabled={props.selected.length < 2} onClick={props.onMerge} title="The first note you selected stays; the others are kept behind it as duplicates.">
              <Icon name="merge" /> Merge {props.selected.length} notes
            </button>
            <button type="button" className="button button--small" onClick={props.onClearSelection}>
              Clear selection
            </button>
          </>
        )}
        <button type="button" className="button button--small" onClick={props.onImport}>
          Import CSV…
        </button>
      </div>
    </div>
  );
}
