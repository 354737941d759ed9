import { useCallback, useEffect, useRef, useState } from "react";
import { EventBreadcrumb } from "../../ui/EventBreadcrumb";
import { autoQuoteIds, type EventState } from "../../../core";
import { hrefFor } from "../../app/router";
import { Bidi } from "../../ui/Bidi";
import { formatDate } from "../../ui/format";
import { useEventState } from "../../app/useEventState";
import { DraftEditor } from "./DraftEditor";
import { ExportPanel } from "./ExportPanel";
import { RedactionReview } from "./RedactionReview";
import { ReportPreviewFrame } from "./ReportPreviewFrame";
import { SendingPanel } from "./SendingPanel";
import { useReportDraft, type SaveState } from "./useReportDraft";
import { useReportPreview } from "./useReportPreview";
import { ErrorMessage } from "../../ui/ErrorMessage";

const SAVE_LABELS: Readonly<Record<SaveState, string>> = { saved: "All changes saved", saving: "Saving…", error: "Not saved" };

/** #/events/<id>/report: the feedback report, from draft to a reviewed export. */
export function ReportPage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  const stateRef = useRef<EventState | null>(null);
  stateRef.current = loaded.state === "ready" ? loaded.value : null;
  const autoQuotes = useCallback(() => {
    const s = stateRef.current;
    return s ? autoQuoteIds([...s.note.values()], [...s.theme.values()]) : [];
  }, []);
  const report = useReportDraft(eventId, autoQuotes);
  const [namesRevision, setNamesRevision] = useState(0);
  const seq = loaded.state === "ready" ? loaded.value.seq : 0;
  const { preview, error: previewError } = useReportPreview(eventId, `${report.savedVersion}:${namesRevision}:${report.draft?.logo?.sha256 ?? ""}`, seq);
  const title = loaded.state === "ready" ? loaded.value.event.title : "Event";
  useEffect(() => {
    document.title = `Feedback report: ${title} · Hearth`;
  }, [title]);

  if (loaded.state === "error" || report.loadError)
    return (
      <>
        <h1>This report could not be opened</h1>
        <ErrorMessage error={loaded.state === "error" ? loaded.message : report.loadError} />
        <p>
          <a href={hrefFor({ name: "events" })}>Back to the events</a>
        </p>
      </>
    );
  if (loaded.state === "loading" || !report.draft) return <p>Loading the report…</p>;

  const { event } = loaded.value;
  const draft = report.draft;
  const findings = preview?.findings ?? [];
  const undecided = findings.filter((f) => !Object.hasOwn(draft.decisions, f.id)).length;
  return (
    <div className="report-page">
      <EventBreadcrumb eventId={eventId} title={event.title} />
      <div className="report-page__head">
        <h1>
          Feedback report: <Bidi>{event.title}</Bidi>
        </h1>
        <p className={`save-state save-state--${report.saveState}`} role="status">
          {SAVE_LABELS[report.saveState]}
          {report.saveError && `: ${report.saveError}`}
        </p>
      </div>
      <p className="event-page__meta">{formatDate(event.date)}</p>
      <div className="report-page__grid">
        <div className="report-page__side">
          <SendingPanel key={report.sent?.sentOn ?? "unsent"} event={event} sent={report.sent} onSent={report.setSent} />
          <DraftEditor state={loaded.value} draft={draft} edit={report.edit} onDraft={report.setDraft} />
          <RedactionReview findings={findings} draft={draft} edit={report.edit} onNamesChanged={() => setNamesRevision((n) => n + 1)} />
          <ExportPanel eventId={eventId} undecided={preview ? undecided : 1} warnings={preview?.warnings ?? []} beforeExport={report.settle} />
        </div>
        <div className="report-page__preview">
          <ErrorMessage error={previewError} />
          <ReportPreviewFrame html={preview?.html ?? null} busy={report.saveState === "saving"} />
        </div>
      </div>
    </div>
  );
}
