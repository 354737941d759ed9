import type { Note, Theme } from "../../../core";
import { gridFor, usePages, useViewport } from "./usePages";

interface Group {
  readonly theme: Theme;
  readonly notes: readonly Note[];
}

/** The themed board summarised: each theme with how many notes it holds and its first notes. */
export function ThemesWall({ themes, unsorted }: { themes: readonly Group[]; unsorted: readonly Note[] }) {
  const { width, height } = useViewport();
  const { columns, rows } = gridFor(width, height);
  const perPage = Math.max(1, columns * Math.max(1, Math.floor(rows / 2)));
  const groups = unsorted.length ? [...themes, { theme: null, notes: unsorted }] : themes;
  const { page, pages } = usePages(groups.length, perPage);
  if (groups.length === 0) return <p className="projector__message">Themes appear here as notes are grouped.</p>;
  const shown = groups.slice(page * perPage, page * perPage + perPage);
  return (
    <>
      <ul className="themes-wall" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}>
        {shown.map((g) => (
          <li key={g.theme?.id ?? "unsorted"} className={`themes-wall__theme colour--${g.theme?.colour ?? "stone"}`}>
            <h2 className="themes-wall__title" dir="auto">
              {g.theme ? g.theme.title : "Not yet themed"}
            </h2>
            <p className="themes-wall__count">
              {g.notes.length} {g.notes.length === 1 ? "note" : "notes"}
            </p>
            {g.notes[0] && (
              <p className="themes-wall__note" dir="auto">
                {g.notes[0].text}
              </p>
            )}
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <p className="projector__footer">
          {groups.length} themes · page {page + 1} of {pages}
        </p>
      )}
    </>
  );
}
