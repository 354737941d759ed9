import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { inputMaxLength, NOTE_MAX, NoteText, TABLE_MAX, TableLabel, visibleLength, type Note } from "../../../core";
import { useBoardActions, usePrompts } from "./BoardContext";
import { LanguageSelect, PromptSelect } from "./NoteFields";

/** Edit in place: Enter saves, Shift+Enter is a new line, Escape puts it back as it was. */
export function NoteEditor({ note, onDone }: { note: Note; onDone: () => void }) {
  const actions = useBoardActions();
  const prompts = usePrompts();
  const id = useId();
  const [text, setText] = useState(note.text);
  const [table, setTable] = useState(note.table);
  const [lang, setLang] = useState(note.lang);
  const [promptId, setPromptId] = useState(note.promptId);
  const [error, setError] = useState<string | null>(null);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    const parsedText = NoteText.safeParse(text);
    const parsedTable = TableLabel.safeParse(table);
    if (!parsedText.success) return setError(parsedText.error.issues[0]?.message ?? "That text cannot be saved.");
    if (!parsedTable.success) return setError(parsedTable.error.issues[0]?.message ?? "That table label cannot be saved.");
    const changes = {
      ...(parsedText.data !== note.text && { text: parsedText.data }),
      ...(parsedTable.data !== note.table && { table: parsedTable.data }),
      ...(lang !== note.lang && { lang }),
      ...(promptId !== note.promptId && { promptId }),
    };
    if (Object.keys(changes).length === 0) return onDone();
    const outcome = await actions.run("Edit a note", "notes.edit", { eventId: actions.eventId, id: note.id, ...changes });
    if (outcome.ok) onDone();
    else setError(outcome.message);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === "Escape") {
      e.preventDefault();
      onDone();
    } else if (e.key === "Enter" && !e.shiftKey && e.target instanceof HTMLTextAreaElement && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void save();
    }
  }

  return (
    <form className="note-editor" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown}>
      <label className="field__label" htmlFor={`${id}-text`}>
        Note text
      </label>
      <textarea id={`${id}-text`} value={text} dir="auto" rows={3} autoFocus onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-count`} />
      <p id={`${id}-count`} className={`composer__hint ${visibleLength(text) > NOTE_MAX ? "error" : ""}`}>
        {visibleLength(text)} / {NOTE_MAX}
      </p>
      <div className="note-editor__fields">
        <label>
          <span className="field__label">Table</span>
          <input value={table} dir="auto" maxLength={inputMaxLength(TABLE_MAX)} onChange={(e) => setTable(e.target.value)} />
        </label>
        <LanguageSelect value={lang} onChange={setLang} />
        <PromptSelect prompts={prompts} value={promptId} onChange={setPromptId} />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="note-editor__buttons">
        <button type="submit" className="button button--primary">
          Save
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
