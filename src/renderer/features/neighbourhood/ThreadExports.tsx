import { useEffect, useRef, useState } from "react";
import { localToday, threeMonthsBefore, type RedactionDecision } from "../../../core";
import type { ThreadExportJob, ThreadExportKind } from "../../../api";
import { useClient } from "../../app/ClientContext";
import { useQuery } from "../../app/useQuery";
import { OpenFileButtons } from "../../ui/OpenFileButtons";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { PersonalDataReview, type Decide } from "../../ui/PersonalDataReview";
import { useThreadExport } from "./useThreadExport";

const SAVE_DELAY_MS = 400;
const STEP: Readonly<Record<string, string>> = {
  queued: "Starting…",
  choosing: "Choosing where to save it…",
  rendering: "Building it…",
  printing: "Printing the pages…",
  writing: "Writing the file…",
  done: "Done.",
  failed: "The export failed.",
  cancelled: "Cancelled: nothing was saved.",
};
const NAMES: Readonly<Record<ThreadExportKind, string>> = { progress: "Progress report", "good-news": "Good news" };

function JobStatus({ job }: { job: ThreadExportJob }) {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);
  const what = `${NAMES[job.kind]} ${job.format === "pdf" ? "PDF" : "Markdown"}`;
  const open = (how: "open" | "folder") => void client.call("reports.openExport", { exportId: job.id, how }).then((r) => setError(r.ok ? null : r.error.message));
  return (
    <div className="export__progress" aria-live="polite">
      <p>
        {what}: {STEP[job.status]}
      </p>
      {job.status === "failed" && <ErrorMessage error={job.error} />}
      {job.status === "done" && (
        <p>
          {job.downloadUrl ? (
            <a className="button button--primary" href={job.downloadUrl} download={job.fileName}>
              Download {what}
            </a>
          ) : (
            <>
              Saved at <code dir="ltr">{job.path}</code>
            </>
          )}{" "}
          <bdi dir="auto">{job.fileName}</bdi>
          {job.pages !== null && ` · ${job.pages} ${job.pages === 1 ? "page" : "pages"}`}
        </p>
      )}
      {job.status === "done" && job.canOpen && (
        <OpenFileButtons onOpen={open} />
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

/**
 * The neighbourhood's exports for residents: the "one year on" progress report (PDF) and a
 * page of good news for the hub's noticeboard and newsletter (PDF and Markdown). Both go
 * through the same review of personal data as the feedback report before the room makes them.
 */
export function ThreadExports({ neighbourhoodId, seq }: { neighbourhoodId: string; seq: number }) {
  const client = useClient();
  const today = localToday();
  const [kind, setKind] = useState<ThreadExportKind>("progress");
  const [since, setSince] = useState(threeMonthsBefore(today));
  const [until, setUntil] = useState(today);
  const period = kind === "good-news" && since && until ? { since, until } : {};
  const { result } = useQuery("neighbourhoods.exportPreview", { neighbourhoodId, kind, ...period }, `${neighbourhoodId}:${kind}:${since}:${until}:${seq}`);
  const [decisions, setDecisions] = useState<Record<string, RedactionDecision>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const exporter = useThreadExport(neighbourhoodId);
  useEffect(() => {
    if (result.state === "ready") setDecisions((d) => ({ ...result.value.decisions, ...d }));
  }, [result]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const send = (findingId: string, decision: RedactionDecision) =>
    void client.call("neighbourhoods.decide", { neighbourhoodId, findingId, decision }).then((r) => setSaveError(r.ok ? null : r.error.message));
  const decide: Decide = (findingId, decision, debounceKey) => {
    setDecisions((d) => ({ ...d, [findingId]: decision }));
    if (!debounceKey) return send(findingId, decision);
    clearTimeout(timers.current.get(debounceKey));
    timers.current.set(debounceKey, setTimeout(() => send(findingId, decision), SAVE_DELAY_MS));
  };
  const findings = result.state === "ready" ? result.value.findings : [];
  const open = findings.filter((f) => !Object.hasOwn(decisions, f.id)).length;
  const blocked = exporter.busy || result.state !== "ready" || open > 0;

  return (
    <section aria-labelledby="exports-h" className="thread-exports">
      <h2 id="exports-h">Progress report and good news</h2>
      <fieldset className="thread-form">
        <legend>What to export</legend>
        <label className="check">
          <input type="radio" name="thread-export-kind" checked={kind === "progress"} onChange={() => setKind("progress")} /> Progress report: one year on (PDF)
        </label>
        <label className="check">
          <input type="radio" name="thread-export-kind" checked={kind === "good-news"} onChange={() => setKind("good-news")} /> Good news: recent wins for the noticeboard and newsletter (PDF, Markdown)
        </label>
      </fieldset>
      {kind === "good-news" && (
        <div className="thread-form">
          <label className="field">
            <span className="field__label">Wins from</span>
            <input type="date" value={since} max={until} onChange={(e) => setSince(e.target.value)} />
          </label>
          <label className="field">
            <span className="field__label">to</span>
            <input type="date" value={until} min={since} onChange={(e) => setUntil(e.target.value)} />
          </label>
        </div>
      )}
      {result.state === "error" && <ErrorMessage error={result.message} />}
      {result.state === "ready" && (
        <p className="muted">
          {kind === "progress" ? `${result.value.items} ${result.value.items === 1 ? "priority" : "priorities"}` : `${result.value.items} ${result.value.items === 1 ? "win" : "wins"} in this period`}
        </p>
      )}
      {result.state === "ready" && <PersonalDataReview findings={findings} decisions={decisions} decide={decide} headingId="thread-review-h" heading="Review personal data before exporting" />}
      <ErrorMessage error={saveError} />
      {open > 0 && <p className="muted">Decide each finding above first: {open} still to decide.</p>}
      <div className="export__buttons">
        {kind === "progress" ? (
          <button type="button" className="button--primary" disabled={blocked} onClick={() => void exporter.start("progress", "pdf", {})}>
            Export progress report PDF
          </button>
        ) : (
          <>
            <button type="button" className="button--primary" disabled={blocked} onClick={() => void exporter.start("good-news", "pdf", period)}>
              Export good news PDF
            </button>
            <button type="button" disabled={blocked} onClick={() => void exporter.start("good-news", "markdown", period)}>
              Export good news Markdown
            </button>
          </>
        )}
      </div>
      {exporter.job && <JobStatus job={exporter.job} />}
      <ErrorMessage error={exporter.error} />
    </section>
  );
}
