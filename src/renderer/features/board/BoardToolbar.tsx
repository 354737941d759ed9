import { useId, useState } from "react";
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
  /** Moves the selected notes to a theme (or, with null, back to unsorted), in one command. */
  onMoveTo: (themeId: string | null) => void;
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
        <FilterSelect
          label="Filter by prompt"
          value={filter.promptId}
          onChange={(promptId) => set({ promptId })}
          options={[["any", "All prompts"], ["none", "No prompt"], ...props.prompts.map((p, i): Option => [p.id, `${i + 1}. ${p.text}`])]}
        />
        <FilterSelect
          label="Filter by theme"
          value={filter.themeId}
          onChange={(themeId) => set({ themeId })}
          options={[["any", "All themes"], ["unsorted", "Unsorted"], ...props.themes.map((t): Option => [t.id, t.title])]}
        />
        <FilterSelect
          label="Filter by table"
          value={filter.table}
          onChange={(table) => set({ table })}
          options={[["any", "All tables"], ["", "No table"], ...props.tables.map((t): Option => [t, t])]}
        />
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
            <MoveSelected count={props.selected.length} themes={props.themes} onMoveTo={props.onMoveTo} />
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

type Option = readonly [value: string, label: string];

const UNSORTED = "unsorted";

/** "Move to [theme] [Move 3 notes]": the selected notes go in one step, by mouse or keyboard (Tab to the list, arrows, Enter). */
function MoveSelected({ count, themes, onMoveTo }: { count: number; themes: readonly Theme[]; onMoveTo: (themeId: string | null) => void }) {
  const [target, setTarget] = useState("");
  const chosen = target === UNSORTED || themes.some((t) => t.id === target) ? target : (themes[0]?.id ?? UNSORTED);
  return (
    <form
      className="toolbar__move"
      onSubmit={(e) => {
        e.preventDefault();
        onMoveTo(chosen === UNSORTED ? null : chosen);
      }}
    >
      <label className="field--inline">
        <span>Move to</span>
        <select value={chosen} onChange={(e) => setTarget(e.target.value)}>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
          <option value={UNSORTED}>Unsorted</option>
        </select>
      </label>
      <button type="submit" className="button button--small">
        Move {count} {count === 1 ? "note" : "notes"}
      </button>
    </form>
  );
}

/** A filter's select; its label is for screen readers, its first option says what it filters. */
function FilterSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: readonly Option[] }) {
  return (
    <label className="field--inline">
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
