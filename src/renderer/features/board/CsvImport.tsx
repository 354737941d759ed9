import { useId, useMemo, useState, type ChangeEvent } from "react";
import { CSV_COLUMNS, newThemeTitles, type ImportCheck, type Theme } from "../../../core";
import { usePrompts } from "./BoardContext";
import { readNotesCsv } from "./csv";
import { languageName } from "./languages";
import { RowErrors } from "./RowErrors";
import { useImportNotes } from "./useImportNotes";

const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Notes typed up from paper after the event: a CSV file with the columns text, prompt, table,
 * lang and theme. A preview shows what will be imported and what will not, row by row; only
 * the valid rows are imported, all in one command (and one undo step).
 */
export function CsvImport({ themes, onClose, onImported }: { themes: readonly Theme[]; onClose: () => void; onImported: (n: number) => void }) {
  const prompts = usePrompts();
  const ctx = useMemo(() => ({ prompts, themes }), [prompts, themes]);
  const importNotes = useImportNotes(ctx);
  const id = useId();
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [fileName, setFileName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setError(null);
    setCheck(null);
    if (!file) return;
    setFileName(file.name);
    if (file.size > MAX_FILE_BYTES) return setError("That file is too large for a list of notes (over 2 MB).");
    setCheck(readNotesCsv(await file.text(), ctx));
  }

  async function runImport() {
    if (!check) return;
    setBusy(true);
    const failed = await importNotes(check.rows, "paper", `Import ${check.rows.length} notes from ${fileName}`);
    setBusy(false);
    if (failed) setError(failed);
    else onImported(check.rows.length);
  }

  const newThemes = check ? newThemeTitles(check.rows) : [];
  const promptText = (promptId: string | null) => (promptId === null ? "" : (prompts.find((p) => p.id === promptId)?.text ?? ""));
  return (
    <section className="csv-import card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import notes from a CSV file</h2>
      <p className="muted">
        For notes typed up from paper. The first row names the columns: {CSV_COLUMNS.join(", ")}. Only “text” is needed; “prompt” takes the
        prompt’s words or its number.
      </p>
      <label className="field">
        <span className="field__label">CSV file</span>
        <input type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
      </label>
      {check?.fileError && (
        <p role="alert" className="error">
          {check.fileError}
        </p>
      )}
      {check && !check.fileError && (
        <>
          <p>
            <strong>
              {check.rows.length} {check.rows.length === 1 ? "note" : "notes"} ready to import
            </strong>
            {newThemes.length > 0 && <> · new themes: {newThemes.join(", ")}</>}
            {check.ignoredColumns.length > 0 && <> · columns not used: {check.ignoredColumns.join(", ")}</>}
          </p>
          <RowErrors errors={check.errors} what="row" />
          {check.rows.length > 0 && (
            <div className="csv-import__preview">
              <table>
                <caption className="visually-hidden">Notes to import</caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Note</th>
                    <th scope="col">Prompt</th>
                    <th scope="col">Table</th>
                    <th scope="col">Language</th>
                    <th scope="col">Theme</th>
                  </tr>
                </thead>
                <tbody>
                  {check.rows.slice(0, 200).map((r) => (
                    <tr key={r.row}>
                      <td>{r.row}</td>
                      <td dir="auto">{r.text}</td>
                      <td dir="auto">{promptText(r.promptId)}</td>
                      <td dir="auto">{r.table}</td>
                      <td>{r.lang ? languageName(r.lang) : ""}</td>
                      <td dir="auto">{r.themeTitle}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {check.rows.length > 200 && <p className="muted">…and {check.rows.length - 200} more.</p>}
            </div>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="csv-import__buttons">
        <button type="button" className="button button--primary" disabled={busy || !check || check.rows.length === 0} onClick={() => void runImport()}>
          {check && check.rows.length > 0 ? `Import ${check.rows.length} ${check.rows.length === 1 ? "note" : "notes"}` : "Import"}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </section>
  );
}
