import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { NOTE_MAX, NoteText, visibleLength, type Prompt } from "../../../core";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { useFormSend } from "../../app/useFormSend";
import { rememberMine } from "./my-notes";
import { errorWords } from "../../i18n/room-errors";

/**
 * One big box and one big button, for a thumb. A note goes into the outbox at once, so it is
 * kept through a dropped Wi-Fi or a reload, and the box is free for the next one.
 */
export function DeviceNoteBox({ eventId, prompts }: { eventId: string; prompts: readonly Prompt[] }) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [text, setText] = useState("");
  const [promptId, setPromptId] = useState<string | null>(prompts[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const length = visibleLength(text);
  const chosen = prompts.some((p) => p.id === promptId) ? promptId : (prompts[0]?.id ?? null);

  const send = useFormSend();
  function add() {
    void send<string>({
      read: () => {
        const parsed = NoteText.safeParse(box.current?.value ?? text);
        return parsed.success ? { value: parsed.data } : { problem: length > NOTE_MAX ? t("note.tooLong", { max: NOTE_MAX }) : t("note.empty") };
      },
      isBlank: () => (box.current?.value ?? text).trim() === "",
      clear: () => setText(""),
      send: async (value) => {
        const noteId = newId();
        rememberMine(noteId);
        const r = await client.call("notes.add", { id: noteId, eventId, text: value, promptId: chosen });
        if (!r.ok) setError(t("note.notAdded", { reason: errorWords(t, r.error) }));
        return r.ok;
      },
      restore: setText,
      say: setError,
    });
    box.current?.focus();
  }

  return (
    <form
      className="device-card device-note"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      {prompts.length === 1 && (
        <div className="device-prompt">
          <p className="device-prompt__label">{t("device.question")}</p>
          <p className="device-prompt__text" dir="auto">
            {prompts[0]!.text}
          </p>
        </div>
      )}
      {prompts.length > 1 && (
        <fieldset className="device-prompts">
          <legend>{t("note.which")}</legend>
          {prompts.map((p) => (
            <label key={p.id} className="device-prompts__choice">
              <input type="radio" name={`${id}-prompt`} checked={chosen === p.id} onChange={() => setPromptId(p.id)} />
              <span dir="auto">{p.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor={`${id}-text`} className="field__label">
        {t("note.label")}
      </label>
      <textarea
        id={`${id}-text`}
        ref={box}
        className="device-note__input"
        value={text}
        dir="auto"
        rows={4}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        // Enter sends, as on the laptop; Shift+Enter starts a new line.
        onKeyDown={(e) => {
          if (e.key !== "Enter" || e.shiftKey || e.nativeEvent.isComposing) return;
          e.preventDefault();
          add();
        }}
      />
      <p id={`${id}-count`} className={`device-hint ${length > NOTE_MAX ? "error" : ""}`}>
        {t("note.count", { count: length, max: NOTE_MAX })}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary device-big-button">
        {t("note.add")}
      </button>
    </form>
  );
}
