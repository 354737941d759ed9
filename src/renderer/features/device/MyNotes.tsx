import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { NOTE_MAX, NoteText, type Note } from "../../../core";
import { useClient } from "../../app/ClientContext";
import type { UnsentNote } from "./my-notes";
import { errorWords } from "../../i18n/room-errors";

export interface MyNote {
  readonly id: string;
  readonly text: string;
  readonly unsent: boolean;
  /** Still the writer's to change: on the board, not yet in a theme or merged. */
  readonly editable: boolean;
}

/** This phone's notes, newest first: what is on the board and what waits to be sent. */
export function myNotes(mine: readonly string[], notes: ReadonlyMap<string, Note> | undefined, unsent: readonly UnsentNote[]): MyNote[] {
  const sent = mine.flatMap((id) => {
    const n = notes?.get(id);
    return n && !n.deleted && !unsent.some((u) => u.id === n.id) ? [{ id: n.id, text: n.text, unsent: false, editable: n.themeId === null && n.mergedInto === null }] : [];
  });
  return [...sent, ...unsent.map((n) => ({ ...n, unsent: true, editable: false }))].reverse();
}

/** "Your notes": each can be edited or withdrawn by its writer until the facilitator puts it in a theme. */
export function MyNotes({ eventId, notes }: { eventId: string; notes: readonly MyNote[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="device-mine" aria-labelledby="device-mine-heading">
      <h2 id="device-mine-heading">{t("mine.heading")}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t("mine.none")}</p>
      ) : (
        <ul className="device-mine__list" aria-label={t("mine.heading")}>
          {notes.map((n) => (
            <li key={n.id} className={`sticky ${n.unsent ? "sticky--pending" : ""}`} data-note-id={n.id}>
              {editing === n.id ? (
                <MyNoteEditor eventId={eventId} note={n} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <p className="sticky__text" dir="auto">
                    {n.text}
                  </p>
                  <p className="sticky__meta">{n.unsent ? t("mine.unsent") : n.editable ? t("mine.sent") : t("mine.themed")}</p>
                  {n.editable && <MyNoteTools eventId={eventId} note={n} onEdit={() => setEditing(n.id)} />}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MyNoteTools({ eventId, note, onEdit }: { eventId: string; note: MyNote; onEdit: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function withdraw() {
    setBusy(true);
    const r = await client.call("notes.delete", { eventId, ids: [note.id] });
    setBusy(false);
    if (!r.ok) setError(t("mine.failed", { reason: errorWords(t, r.error) }));
  }
  return (
    <div className="device-mine__tools">
      <button type="button" className="button" onClick={onEdit} aria-label={t("mine.editNote", { text: note.text.slice(0, 40) })}>
        {t("mine.edit")}
      </button>
      <button type="button" className="button" disabled={busy} onClick={() => void withdraw()} aria-label={t("mine.withdrawNote", { text: note.text.slice(0, 40) })}>
        {t("mine.withdraw")}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

function MyNoteEditor({ eventId, note, onDone }: { eventId: string; note: MyNote; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    const parsed = NoteText.safeParse(text);
    if (!parsed.success) return setError(text.trim() ? t("note.tooLong", { max: NOTE_MAX }) : t("note.empty"));
    if (parsed.data === note.text) return onDone();
    setBusy(true);
    const r = await client.call("notes.edit", { eventId, id: note.id, text: parsed.data });
    setBusy(false);
    if (r.ok) onDone();
    else setError(t("mine.failed", { reason: errorWords(t, r.error) }));
  }
  return (
    <form
      className="device-mine__edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`${id}-text`} className="field__label">
        {t("mine.editLabel")}
      </label>
      <textarea
        id={`${id}-text`}
        className="device-note__input"
        value={text}
        dir="auto"
        rows={3}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone();
          if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void save();
          }
        }}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="device-mine__tools">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("mine.save")}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t("mine.cancel")}
        </button>
      </div>
    </form>
  );
}
