import { useEffect, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { hasSeveralLines, inputMaxLength, NOTE_MAX, NoteText, TABLE_MAX, visibleLength, type Note, type Prompt } from "../../../core";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { useFormSend } from "../../app/useFormSend";
import { useBoardActions } from "./BoardContext";
import { LanguageSelect, PromptSelect } from "./NoteFields";
import { PastePreview } from "./PastePreview";
import type { PendingNotes } from "./pending-notes";
import { useDeviceSetting } from "./useDeviceSetting";

/**
 * Keyboard-first capture: type, Enter adds, the box clears and keeps focus, so a note-taker
 * can keep up with a table without touching the mouse. Shift+Enter starts a new line. The
 * prompt starts as the current stage's first; the table label is remembered on this device.
 */
export function NoteComposer(props: {
  eventId: string;
  /** Prompts in chooser order, and the current stage's own (the first is the default). */
  prompts: readonly Prompt[];
  stagePrompts: readonly Prompt[];
  privateWriting: boolean;
  pending: PendingNotes;
  /** The room's acknowledgement of a note: for the undo stack and for private notes. */
  onAdded: (note: Note, before: { note: ReadonlyMap<string, Note> }) => void;
  notesNow: () => ReadonlyMap<string, Note>;
}) {
  const client = useClient();
  const actions = useBoardActions();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [table, setTable] = useDeviceSetting("hearth.table", "");
  const [lang, setLang] = useState("");
  const defaultPrompt = props.stagePrompts[0]?.id ?? null;
  const [promptId, setPromptId] = useState<string | null>(defaultPrompt);
  const [pasted, setPasted] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const send = useFormSend();
  const hintId = useId();
  const errorId = useId();
  const length = visibleLength(text);

  // A new stage brings its own prompts: the chooser starts again at its first.
  useEffect(() => setPromptId(defaultPrompt), [defaultPrompt]);

  function add() {
    void send<string>({
      read: () => {
        const parsed = NoteText.safeParse(input.current?.value ?? text);
        if (parsed.success) return { value: parsed.data };
        return { problem: parsed.error.issues[0]?.message === "A note is empty" ? "Type a note first." : (parsed.error.issues[0]?.message ?? "That note cannot be added.") };
      },
      isBlank: () => (input.current?.value ?? text).trim() === "",
      clear: () => setText(""),
      send: async (value) => {
        const id = newId();
        props.pending.add({ id, text: value });
        const before = { note: props.notesNow() };
        const r = await client.call("notes.add", { id, eventId: props.eventId, text: value, promptId, table, lang });
        if (r.ok) {
          props.onAdded(r.value, before);
          return true;
        }
        props.pending.remove(id);
        setError(`Not added: ${r.error.message}`);
        return false;
      },
      restore: setText,
      say: setError,
    });
    input.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      add();
    }
  }

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    const pastedText = e.clipboardData.getData("text/plain");
    if (text.trim() === "" && hasSeveralLines(pastedText)) {
      e.preventDefault();
      setPasted(pastedText);
    }
  }

  function closePreview(asOneNote: boolean) {
    if (asOneNote && pasted !== null) setText(pasted.trim());
    setPasted(null);
    requestAnimationFrame(() => input.current?.focus());
  }

  return (
    <form
      className="composer card"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <div className="composer__head">
        <label htmlFor="note-box" className="field__label">
          New note
        </label>
        <p id={hintId} className={`composer__hint ${length > NOTE_MAX ? "error" : ""}`}>
          Enter adds the note · Shift+Enter for a new line · {length} / {NOTE_MAX}
          {props.privateWriting && " · Private writing: other screens see your notes only when the facilitator reveals them."}
        </p>
      </div>
      <textarea
        id="note-box"
        ref={input}
        className="composer__input"
        value={text}
        dir="auto"
        lang={lang || undefined}
        rows={2}
        autoFocus
        aria-describedby={`${hintId} ${error ? errorId : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      />
      <div className="composer__row">
        <PromptSelect prompts={props.prompts} value={promptId} onChange={setPromptId} />
        <span className="field--inline">
          <label className="field__label" htmlFor={`${hintId}-table`}>
            Table or group
          </label>
          <input id={`${hintId}-table`} className="composer__table" value={table} dir="auto" maxLength={inputMaxLength(TABLE_MAX)} autoComplete="off" onChange={(e) => setTable(e.target.value)} />
        </span>
        <LanguageSelect value={lang} onChange={setLang} />
        <button type="submit" className="button button--primary">
          Add note
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
      {pasted !== null && (
        <PastePreview
          pasted={pasted}
          defaults={{ promptId, table, lang }}
          eventId={actions.eventId}
          onClose={closePreview}
        />
      )}
    </form>
  );
}
