import { useTranslation } from "react-i18next";
import type { Note } from "../../../core";
import { gridFor, usePages, useViewport } from "../../app/usePages";

/** The notes as large cards, a page at a time: text never shrinks to fit more. */
export function NotesWall({ notes }: { notes: readonly Note[] }) {
  const { t } = useTranslation();
  const { width, height } = useViewport();
  const { columns, rows } = gridFor(width, height);
  const perPage = columns * rows;
  const { page, pages } = usePages(notes.length, perPage);
  if (notes.length === 0) return <p className="projector__message">{t("wall.notesEmpty")}</p>;
  const shown = notes.slice(page * perPage, page * perPage + perPage);
  return (
    <>
      <ul className="wall" style={{ gridTemplateColumns: `repeat(${columns}, 1fr)`, gridTemplateRows: `repeat(${rows}, 1fr)` }}>
        {shown.map((n) => (
          <li key={n.id} className="wall__note" data-note-id={n.id}>
            <p className="wall__text" dir="auto">
              {n.text}
            </p>
          </li>
        ))}
      </ul>
      <p className="projector__footer">
        {t("wall.notes", { count: notes.length })}
        {pages > 1 && ` · ${t("wall.page", { page: page + 1, pages })}`}
      </p>
    </>
  );
}
