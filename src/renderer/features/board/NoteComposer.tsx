import { useId, useRef, useState, type KeyboardEvent } from "react";
import { NOTE_MAX, NoteText, visibleLength } from "../../../core";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";

export interface PendingNote {
  readonly id: string;
  readonly text: string;
}

/**
 * Keyboard-first capture: type, Enter adds, the box clears and keeps focus, so a note-taker
 * can keep up with a table without touching the mouse. Shift+Enter starts a new line.
 */
export function NoteComposer(props: {
  eventId: string;
  onPending: (note: PendingNote) => void;
  onSettled: (id: string) => void;
}) {
  const client = useClient();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const errorId = useId();
  const length = visibleLength(text);

  function add() {
    const parsed = NoteText.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message === "A note is empty" ? "Type a note first." : (parsed.error.issues[0]?.message ?? "That note cannot be added."));
      return;
    }
    const id = newId();
    const typed = text;
    setText("");
    setError(null);
    props.onPending({ id, text: parsed.data });
    void client.call("notes.add", { id, eventId: props.eventId, text: parsed.data }).then((r) => {
      if (!r.ok) {
        props.onSettled(id);
        setError(`Not added: ${r.error.message}`);
        setText((current) => (current === "" ? typed : current));
      }
    });
    input.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      add();
    }
  }

  return (
    <form
      className="composer card"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <label htmlFor={`${hintId}-input`} className="field__label">
        New note
      </label>
      <textarea
        id={`${hintId}-input`}
        ref={input}
        className="composer__input"
        value={text}
        dir="auto"
        rows={2}
        autoFocus
        aria-describedby={`${hintId} ${error ? errorId : ""}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="composer__row">
        <p id={hintId} className={`composer__hint ${length > NOTE_MAX ? "error" : ""}`}>
          Enter adds the note · Shift+Enter for a new line · {length} / {NOTE_MAX}
        </p>
        <button type="submit" className="button button--primary">
          Add note
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
