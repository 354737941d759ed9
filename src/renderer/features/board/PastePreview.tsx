import { useMemo, useState, type KeyboardEvent } from "react";
import { checkPastedLines } from "../../../core";
import { usePrompts } from "./BoardContext";
import { RowErrors } from "./RowErrors";
import { useImportNotes } from "./useImportNotes";

/**
 * Several lines pasted into the empty note box: one note per line, after a short look.
 * Focus lands on "Add N notes", so Enter confirms and Escape goes back to the box.
 */
export function PastePreview(props: {
  pasted: string;
  defaults: { promptId: string | null; table: string; lang: string };
  eventId: string;
  onClose: (asOneNote: boolean) => void;
}) {
  const prompts = usePrompts();
  const check = useMemo(() => checkPastedLines(props.pasted, props.defaults), [props.pasted, props.defaults]);
  const importNotes = useImportNotes(useMemo(() => ({ prompts, themes: [] }), [prompts]));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const n = check.rows.length;

  async function add() {
    setBusy(true);
    const failed = await importNotes(check.rows, "typed", n === 1 ? "Add a pasted note" : `Add ${n} pasted notes`);
    setBusy(false);
    if (failed) setError(failed);
    else props.onClose(false);
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.key === "Escape") {
      e.preventDefault();
      props.onClose(false);
    }
  }

  return (
    <div className="paste-preview" role="group" aria-labelledby="paste-heading" onKeyDown={onKeyDown}>
      <h2 id="paste-heading" className="paste-preview__title">
        Add {n} {n === 1 ? "note" : "notes"}, one per line?
      </h2>
      <ol className="paste-preview__lines">
        {check.rows.map((r) => (
          <li key={r.row}>
            <span dir="auto">{r.text}</span>
          </li>
        ))}
      </ol>
      <RowErrors errors={check.errors} what="line" />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="paste-preview__buttons">
        <button type="button" className="button button--primary" autoFocus disabled={busy || n === 0} onClick={() => void add()}>
          Add {n} {n === 1 ? "note" : "notes"}
        </button>
        <button type="button" className="button" onClick={() => props.onClose(true)}>
          Paste as one note
        </button>
        <button type="button" className="button" onClick={() => props.onClose(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
