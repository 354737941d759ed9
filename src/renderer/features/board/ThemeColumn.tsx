import { useDroppable } from "@dnd-kit/core";
import { memo, type CSSProperties } from "react";
import { THEME_PALETTE, type Note, type Theme } from "../../../core";
import type { DropTarget } from "./drop-plan";
import { themeDropId } from "./drop-plan";
import { NoteList } from "./NoteList";
import { ThemeHeader } from "./ThemeHeader";

export interface ThemeColumnProps {
  readonly theme: Theme;
  readonly notes: readonly Note[];
  readonly originals: ReadonlyMap<string, readonly Note[]>;
  readonly selected: ReadonlySet<string>;
  /** Notes the filter shows; null when nothing is filtered. */
  readonly visible: ReadonlySet<string> | null;
  readonly index: number;
  readonly positions: readonly number[];
}

/** A theme: its header (rename, colour, order, collapse, delete) and its notes; the whole box takes drops. */
export const ThemeColumn = memo(function ThemeColumn({ theme, notes, originals, selected, visible, index, positions }: ThemeColumnProps) {
  const target: DropTarget = { type: "theme", themeId: theme.id };
  const drop = useDroppable({ id: themeDropId(theme.id), data: target });
  const colours = THEME_PALETTE.find((p) => p.colour === theme.colour) ?? THEME_PALETTE[0]!;
  const style = { "--theme-bg": colours.background, "--theme-edge": colours.edge } as CSSProperties;
  const shown = visible ? notes.filter((n) => visible.has(n.id)) : notes;
  const headingId = `theme-${theme.id}-title`;
  return (
    <section ref={drop.setNodeRef} className={`theme ${drop.isOver ? "theme--over" : ""}`} style={style} aria-labelledby={headingId} data-theme-id={theme.id}>
      <ThemeHeader theme={theme} headingId={headingId} count={notes.length} shown={shown.length} index={index} positions={positions} />
      {!theme.collapsed &&
        (shown.length > 0 ? (
          <NoteList notes={shown} originals={originals} selected={selected} label={`Notes in ${theme.title}`} />
        ) : (
          <p className="theme__empty">{notes.length ? "No notes match the filter." : "Drop notes here."}</p>
        ))}
    </section>
  );
});
