import { useEffect, useRef, useState } from "react";
import { EXPORT_FORMATS, EXPORT_STEPS, type ExportFormat, type ExportJob, type ExportStatus } from "../../../core";
import { newId } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { OpenFileButtons } from "../../ui/OpenFileButtons";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { ConfirmDialog } from "../../ui/ConfirmDialog";
import "./sending-contacts.css";

/** The formats residents read: their warnings are asked about before export. */
const FOR_RESIDENTS: ReadonlySet<ExportFormat> = new Set(["pdf", "markdown"]);

function WarningList({ warnings }: { warnings: readonly string[] }) {
  return (
    <ul className="export__warnings">
      {warnings.map((w) => (
        <li key={w}>{w}</li>
      ))}
    </ul>
  );
}

const STEP_LABELS: Readonly<Record<ExportStatus, string>> = {
  queued: "Starting…",
  choosing: "Choose where to save it…",
  rendering: "Building the report…",
  printing: "Printing the pages…",
  writing: "Writing the file…",
  done: "Done.",
  failed: "The export failed.",
  cancelled: "Cancelled: nothing was saved.",
};
const POLL_MS = 250;
const FINAL = new Set<ExportStatus>(["done", "failed", "cancelled"]);

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function Result({ job }: { job: ExportJob }) {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const open = (how: "open" | "folder") =>
    void client.call("reports.openExport", { exportId: job.id, how }).then((r) => setError(r.ok ? null : r.error.message));
  return (
    <div className="export-result">
      <p>
        <bdi dir="auto">{job.fileName}</bdi> · {sizeText(job.bytes)}
        {job.pages !== null && ` · ${job.pages} pages`}
      </p>
      {job.downloadUrl && (
        <p>
          <a className="button button--primary" href={job.downloadUrl} download={job.fileName}>
            Download {EXPORT_FORMATS[job.format].label}
          </a>
        </p>
      )}
      {job.withContacts && (
        <p className="export-result__contacts" role="note">
          This archive holds residents&apos; contact details. Use them only to send the report, keep the file safe and delete it once the
          report has gone out. Hearth deletes it from its exports folder with the contacts.
        </p>
      )}
      <p className="export-result__path">
        Saved at <code dir="ltr">{job.path}</code>
      </p>
      {job.canOpen && (
        <OpenFileButtons onOpen={open} />
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

/**
 * PDF, Markdown, CSV of notes and the event archive. Report formats wait for the review of
 * personal data; the room refuses them too, so this is a courtesy, not the guard. Progress
 * comes from the export's own steps in the room.
 */
export function ExportPanel({
  eventId,
  undecided,
  warnings,
  beforeExport,
}: {
  eventId: string;
  undecided: number;
  /** What residents would miss (no contact, an empty section…): asked about before a report export. */
  warnings: readonly string[];
  beforeExport: () => Promise<void>;
}) {
  const client = useClient();
  const [job, setJob] = useState<ExportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<ExportFormat | null>(null);
  const [withContacts, setWithContacts] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function start(format: ExportFormat) {
    setError(null);
    await beforeExport(); // the last keystrokes reach the room before it builds the export
    const exportId = newId();
    const r = await client.call("reports.export", { eventId, exportId, format, withContacts: format === "archive" && withContacts });
    if (!r.ok) return setError(r.error.message);
    setJob(r.value);
    const poll = async () => {
      const s = await client.call("reports.exportStatus", { exportId });
      if (!s.ok) return setError(s.error.message);
      setJob(s.value);
      if (!FINAL.has(s.value.status)) timer.current = setTimeout(() => void poll(), POLL_MS);
    };
    timer.current = setTimeout(() => void poll(), POLL_MS);
  }

  const busy = job !== null && !FINAL.has(job.status);
  const stepIndex = job ? Math.max(0, EXPORT_STEPS.indexOf(job.status)) : 0;
  return (
    <section aria-labelledby="export-heading" className="export card">
      <h2 id="export-heading">Export</h2>
      {undecided > 0 && <p className="muted">Review the personal data above first: {undecided} still to decide.</p>}
      {warnings.length > 0 && (
        <div className="export__check" role="note" aria-label="Before you export">
          <p>Before you export, check:</p>
          <WarningList warnings={warnings} />
        </div>
      )}
      <div className="export__buttons">
        {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
          <button key={f} type="button" className={f === "pdf" ? "button--primary" : ""} disabled={busy || (EXPORT_FORMATS[f].reviewed && undecided > 0)} onClick={() => (FOR_RESIDENTS.has(f) && warnings.length > 0 ? setAsking(f) : void start(f))}>
            {EXPORT_FORMATS[f].button}
          </button>
        ))}
      </div>
      <p className="muted">The event archive holds everything, unredacted, for another copy of Hearth: keep it safe.</p>
      <label className="check export__with-contacts">
        <input type="checkbox" checked={withContacts} onChange={(e) => setWithContacts(e.target.checked)} /> Include who asked for the report
        (their phone, email or address) in the event archive, marked as such
      </label>
      {job && (
        <div className="export__progress" aria-live="polite">
          <label htmlFor="export-progress">
            {EXPORT_FORMATS[job.format].label}: {STEP_LABELS[job.status]}
          </label>
          <progress id="export-progress" max={EXPORT_STEPS.length - 1} value={job.status === "done" ? EXPORT_STEPS.length - 1 : stepIndex} />
          {job.status === "failed" && <ErrorMessage error={job.error} />}
          {job.status === "done" && <Result job={job} />}
        </div>
      )}
      <ErrorMessage error={error} />
      {asking && (
        <ConfirmDialog
          title="Export the report as it is?"
          confirmLabel={`${EXPORT_FORMATS[asking].button} anyway`}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const format = asking;
            setAsking(null);
            void start(format);
          }}
        >
          <p>Residents will read it as it is now:</p>
          <WarningList warnings={warnings} />
        </ConfirmDialog>
      )}
    </section>
  );
}
