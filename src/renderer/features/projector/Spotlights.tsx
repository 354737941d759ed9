import { useTranslation } from "react-i18next";
import type { Note, Theme } from "../../../core";

/** One note fills the screen; longer notes get smaller type, never below the floor. */
export function NoteSpotlight({ note, raised }: { note: Note; raised: number }) {
  const { t } = useTranslation();
  const size = note.text.length > 280 ? "long" : note.text.length > 120 ? "medium" : "short";
  return (
    <figure className={`spotlight spotlight--${size}`}>
      <blockquote className="spotlight__text" dir="auto">
        {note.text}
      </blockquote>
      <figcaption className="spotlight__meta">
        {raised > 1 && t("wall.raised", { count: raised })}
        {raised > 1 && note.table && " · "}
        {note.table && <bdi>{t("wall.table", { table: note.table })}</bdi>}
      </figcaption>
    </figure>
  );
}

/** A theme fills the screen: its title, how many notes, and as many of them as fit at full size. */
export function ThemeSpotlight({ theme, notes }: { theme: Theme; notes: readonly Note[] }) {
  const { t } = useTranslation();
  const shown = notes.slice(0, 6);
  return (
    <section className="spotlight spotlight--theme">
      <h1 className="spotlight__title" dir="auto">
        {theme.title}
      </h1>
      <p className="spotlight__meta">
        {t("wall.notes", { count: notes.length })}
        {notes.length > shown.length && ` · ${t("wall.showing", { count: shown.length })}`}
      </p>
      <ul className="spotlight__list">
        {shown.map((n) => (
          <li key={n.id} dir="auto">
            {n.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
