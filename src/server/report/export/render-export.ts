import { EXPORT_FORMATS, safeFileName, type EventId, type ExportFormat, type HearthEvent } from "../../../core";
import { archiveBytes, buildArchive } from "../archive/export-archive";
import { renderFooterHtml, renderReportHtml } from "../html/render-report";
import { prepareReport } from "../prepare";
import { noteVotesFor } from "../priorities";
import type { PdfPrinter } from "../services";
import { renderNotesCsv } from "./csv";
import { renderReportMarkdown } from "./markdown";
import type { ReadonlyDatabase } from "../../db/prepared";

/** "Elm Road listening event 2026-11-14 feedback report.pdf", made safe for any file system. */
export function suggestedFileName(event: HearthEvent, format: ExportFormat, withContacts = false): string {
  const f = EXPORT_FORMATS[format];
  // An archive that carries residents' contacts says so in its name too.
  const suffix = withContacts ? `${f.suffix} WITH RESIDENTS' CONTACTS` : f.suffix;
  return safeFileName(`${event.title} ${event.date} ${suffix}`, f.extension);
}

export class ReviewNeededError extends Error {
  constructor(readonly count: number) {
    super(
      `${count} possible piece${count === 1 ? "" : "s"} of personal data ${count === 1 ? "needs" : "need"} a decision (redact, keep or edit) before anything is exported.`,
    );
    this.name = "ReviewNeededError";
  }
}

/**
 * The bytes of one export. Report formats are built from the redacted report and refuse
 * while any finding waits for a decision (checked again here: notes may have changed since
 * the export was asked for). `onPrinting` marks the step where the PDF printer takes over.
 * Residents' contacts are in no format, but an archive the organiser asked for with them.
 */
export async function renderExport(
  db: ReadonlyDatabase,
  eventId: EventId,
  format: ExportFormat,
  printer: PdfPrinter,
  onPrinting: () => void,
  withContacts = false,
): Promise<{ bytes: Uint8Array; pages?: number }> {
  if (format === "archive") return { bytes: archiveBytes(buildArchive(db, eventId, new Date(), { withContacts })) };
  const prepared = prepareReport(db, eventId);
  if (prepared.undecided.length > 0) throw new ReviewNeededError(prepared.undecided.length);
  if (format === "markdown") return { bytes: Buffer.from(renderReportMarkdown(prepared.model), "utf8") };
  if (format === "csv") {
    const promptOfNote = new Map(prepared.source.notes.filter((n) => n.promptId).map((n) => [n.id, `prompt.${n.promptId}`]));
    return { bytes: Buffer.from(renderNotesCsv(prepared.model, promptOfNote, noteVotesFor(db, eventId)), "utf8") };
  }
  const html = renderReportHtml(prepared.model);
  onPrinting();
  return { bytes: await printer.print({ html, footerHtml: renderFooterHtml(prepared.model) }) };
}
