import { useTranslation } from "react-i18next";
import type { Note, Theme } from "../../../core";
import { gridFor, usePages, useViewport } from "../../app/usePages";

interface Group {
  readonly theme: Theme;
  readonly notes: readonly Note[];
}

/** A theme card is as tall as about a row and a half of note cards: its title, its count and its first two notes. */
const NOTES_PER_THEME = 2;

/** How many rows of theme cards fill this wall (two on a 16:9 display, one on a very flat one). */
export function themeRowsFor(width: number, height: number): number {
  return Math.max(1, Math.floor((gridFor(width, height).rows * 2) / 3));
}

/** The themed board summarised: the whole wall, each theme with how many notes it holds and its first notes. */
export function ThemesWall({ themes, unsorted }: { themes: readonly Group[]; unsorted: readonly Note[] }) {
  const { t } = useTranslation();
  const { width, height } = useViewport();
  const { columns } = gridFor(width, height);
  const rows = themeRowsFor(width, height);
  const perPage = columns * rows;
  const groups = unsorted.length ? [...themes, { theme: null, notes: unsorted }] : themes;
  const { page, pages } = usePages(groups.length, perPage);
  if (groups.length === 0) return <p className="projector__message">{t("wall.themesEmpty")}</p>;
  const shown = groups.slice(page * perPage, page * perPage + perPage);
  // Fewer themes than a page: they share the wall's height rather than leave it black.
  const usedRows = Math.max(1, Math.ceil(shown.length / columns));
  return (
    <>
      <ul className="themes-wall" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${usedRows}, minmax(0, 1fr))` }}>
        {shown.map((g) => (
          <li key={g.theme?.id ?? "unsorted"} className={`themes-wall__theme colour--${g.theme?.colour ?? "stone"}`}>
            <h2 className="themes-wall__title" dir="auto">
              {g.theme ? g.theme.title : t("wall.unsorted")}
            </h2>
            <p className="themes-wall__count">
              {t("wall.notes", { count: g.notes.length })}
            </p>
            {g.notes.slice(0, NOTES_PER_THEME).map((n) => (
              <p key={n.id} className="themes-wall__note" dir="auto">
                {n.text}
              </p>
            ))}
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <p className="projector__footer">
          {t("wall.themes", { count: groups.length })} · {t("wall.page", { page: page + 1, pages })}
        </p>
      )}
    </>
  );
}
