import type { Database } from "better-sqlite3";
import { localToday, safeFileName, type IsoDate } from "../../../core";
import type { ThreadExportJob } from "../../../api";
import { threadExports, type ThreadExportRow } from "../../db/repos/thread-exports";
import type { ReadonlyDatabase } from "../../db/prepared";
import { prepareThreadExport, type ThreadExportRequest } from "../../thread/export-prepare";
import { goodNewsFooterHtml, renderGoodNewsHtml } from "../html/good-news";
import { progressFooterHtml, renderProgressReportHtml } from "../html/progress-report";
import type { PdfPrinter, ReportServices } from "../services";
import { renderGoodNewsMarkdown } from "./good-news-markdown";
import { ReviewNeededError } from "./render-export";
import { deliverExport, deliveryView, type ExportStep } from "./run-export";

/** The screen's view of a neighbourhood export, delivered like an event's. */
export function threadExportView(row: ThreadExportRow, services: ReportServices | undefined): ThreadExportJob {
  return { ...deliveryView(row, services), neighbourhoodId: row.neighbourhoodId, kind: row.kind, format: row.format };
}

/** "Elm Road progress report 2027-11-14.pdf", "Elm Road good news 2027-08-14 to 2027-11-14.md". */
export function threadFileName(name: string, row: Pick<ThreadExportRow, "kind" | "format" | "since" | "until">, today: IsoDate): string {
  const ext = row.format === "pdf" ? "pdf" : "md";
  const stem = row.kind === "progress" ? `${name} progress report ${today}` : `${name} good news ${row.since ?? ""} to ${row.until ?? today}`;
  return safeFileName(stem, ext);
}

/**
 * The bytes of a neighbourhood export, from the redacted model; refused while any finding
 * waits for a decision (checked again here: the thread may have changed since it was asked for).
 */
export async function renderThreadExport(db: ReadonlyDatabase, request: ThreadExportRequest & { format: "pdf" | "markdown" }, today: IsoDate, printer: PdfPrinter, onPrinting: () => void): Promise<Uint8Array> {
  const prepared = prepareThreadExport(db, request, today);
  if (prepared.undecided.length > 0) throw new ReviewNeededError(prepared.undecided.length);
  const m = prepared.model;
  if (request.format === "markdown") {
    if (m.kind !== "good-news") throw new Error("The progress report is made as a PDF.");
    return Buffer.from(renderGoodNewsMarkdown(m), "utf8");
  }
  const [html, footerHtml] = m.kind === "progress" ? [renderProgressReportHtml(m), progressFooterHtml(m)] : [renderGoodNewsHtml(m), goodNewsFooterHtml(m)];
  onPrinting();
  return printer.print({ html, footerHtml });
}

/** Runs one queued neighbourhood export to its end, after the command that asked for it (see deliverExport). */
export function runThreadExport(db: Database, exportId: string, services: ReportServices, name: string): Promise<void> {
  // Outside the command bus, like an event's export: screens ask neighbourhoods.exportStatus.
  const step: ExportStep = (status, fields) => void (db.open && threadExports.step(db, exportId, status, fields));
  return deliverExport(services, step, () => {
    const row = db.open ? threadExports.get(db, exportId) : undefined;
    if (!row || row.status !== "queued") return undefined;
    const today = localToday(new Date(row.requestedAt));
    return {
      fileName: threadFileName(name, row, today),
      format: row.format,
      render: (onPrinting) => renderThreadExport(db, row, today, services.printer, onPrinting),
      // An event it quotes was deleted (or its notes expired) while this ran: its file goes too.
      stillWanted: () => db.open && threadExports.get(db, exportId) !== undefined,
    };
  });
}
