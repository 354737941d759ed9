import { memo, useState, type KeyboardEvent } from "react";
import { positionBetween, THEME_PALETTE, ThemeColour, ThemeTitle, type Theme } from "../../../core";
import { Bidi } from "../../ui/Bidi";
import { useBoardActions } from "./BoardContext";
import { Icon } from "./icons";

export interface ThemeHeaderProps {
  readonly theme: Theme;
  readonly headingId: string;
  readonly count: number;
  readonly shown: number;
  readonly index: number;
  /** Every live theme's position, in order: a move goes between neighbours. */
  readonly positions: readonly number[];
}

/** A theme's title and controls; each control is a plain button or select, reachable by keyboard. */
export const ThemeHeader = memo(function ThemeHeader({ theme, headingId, count, shown, index, positions }: ThemeHeaderProps) {
  const actions = useBoardActions();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(theme.title);
  const [error, setError] = useState<string | null>(null);
  const update = (label: string, changes: { title?: string; colour?: ThemeColour; collapsed?: boolean; position?: number }) =>
    actions.run(label, "themes.update", { eventId: actions.eventId, id: theme.id, ...changes });

  async function rename() {
    const parsed = ThemeTitle.safeParse(title);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "That title cannot be used.");
    if (parsed.data !== theme.title) {
      const outcome = await update("Rename a theme", { title: parsed.data });
      if (!outcome.ok) return setError(outcome.message);
    }
    setRenaming(false);
    setError(null);
  }
  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") {
      e.preventDefault();
      void rename();
    } else if (e.key === "Escape") {
      e.preventDefault();
      setRenaming(false);
      setTitle(theme.title);
      setError(null);
    }
  }
  /** Reorder by one place: the theme goes between its neighbour and the one beyond. */
  function move(by: -1 | 1) {
    const target = index + by;
    const position = by < 0 ? positionBetween(positions[target - 1], positions[target]) : positionBetween(positions[target], positions[target + 1]);
    void update(by < 0 ? "Move a theme earlier" : "Move a theme later", { position });
  }
  async function remove() {
    const outcome = await actions.run("Delete a theme", "themes.delete", { eventId: actions.eventId, id: theme.id });
    if (outcome.ok) actions.sayDone(`Theme “${theme.title}” deleted; its notes are back in Unsorted.`, outcome.stepId);
  }

  return (
    <header className="theme__header">
      <div className="theme__title-row">
        <button
          type="button"
          className="icon-button theme__collapse"
          aria-label={`Collapse theme ${theme.title}`}
          aria-expanded={!theme.collapsed}
          title={theme.collapsed ? "Expand" : "Collapse"}
          onClick={() => void update(theme.collapsed ? "Expand a theme" : "Collapse a theme", { collapsed: !theme.collapsed })}
        >
          <Icon name={theme.collapsed ? "expand" : "collapse"} />
        </button>
        {renaming ? (
          <div className="theme__rename">
            <label className="visually-hidden" htmlFor={`${headingId}-input`}>
              Theme title
            </label>
            <input id={`${headingId}-input`} value={title} dir="auto" autoFocus onChange={(e) => setTitle(e.target.value)} onKeyDown={onKey} onBlur={() => void rename()} />
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
          </div>
        ) : (
          <h3 id={headingId} className="theme__title">
            <Bidi>{theme.title}</Bidi> <span className="count">({shown === count ? count : `${shown} of ${count}`})</span>
          </h3>
        )}
      </div>
      <div className="theme__tools">
        <button type="button" className="icon-button" aria-label={`Rename theme ${theme.title}`} title="Rename" onClick={() => (setTitle(theme.title), setRenaming(true))}>
          <Icon name="rename" />
        </button>
        <select
          className="theme__colour"
          aria-label={`Colour of theme ${theme.title}`}
          value={theme.colour}
          onChange={(e) => void update("Recolour a theme", { colour: ThemeColour.parse(e.target.value) })}
        >
          {THEME_PALETTE.map((p) => (
            <option key={p.colour} value={p.colour}>
              {p.label}
            </option>
          ))}
        </select>
        <button type="button" className="icon-button" aria-label={`Move theme ${theme.title} earlier`} title="Move earlier" disabled={index === 0} onClick={() => move(-1)}>
          <Icon name="left" />
        </button>
        <button type="button" className="icon-button" aria-label={`Move theme ${theme.title} later`} title="Move later" disabled={index === positions.length - 1} onClick={() => move(1)}>
          <Icon name="right" />
        </button>
        <button type="button" className="icon-button" aria-label={`Delete theme ${theme.title}`} title="Delete theme" onClick={() => void remove()}>
          <Icon name="trash" />
        </button>
      </div>
    </header>
  );
});

