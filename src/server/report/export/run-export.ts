import { createHash } from "node:crypto";
import type { Database } from "better-sqlite3";
import { basename } from "node:path";
import type { ExportFormat, ExportJob, ExportStatus } from "../../../core";
import { getEvent } from "../../db/repos/events";
import { reportExports, type ExportRow } from "../../db/repos/report-exports";
import type { ExportFileFields } from "../../db/repos/export-rows";
import { countPdfPages } from "../pdf/page";
import type { ReportServices } from "../services";
import { writeFileAtomically } from "./atomic-write";
import { renderExport, suggestedFileName } from "./render-export";

/** What an event's and a neighbourhood's export rows share: the file, its state and its download token. */
type DeliveredRow = Pick<ExportRow, "id" | "status" | "fileName" | "path" | "sha256" | "bytes" | "pages" | "error" | "token" | "requestedAt" | "finishedAt">;

/** The screen's view of an export's file: its row, plus how this copy of Hearth delivers files. */
export function deliveryView(row: DeliveredRow, services: ReportServices | undefined) {
  const delivery = services?.destination.delivery ?? "download";
  const done = row.status === "done";
  return {
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    path: row.path,
    sha256: row.sha256,
    bytes: row.bytes,
    pages: row.pages,
    error: row.error,
    delivery,
    downloadUrl: done && delivery === "download" ? `/exports/${row.id}/${row.token}` : null,
    canOpen: done && Boolean(services?.shell),
    requestedAt: row.requestedAt,
    finishedAt: row.finishedAt,
  };
}

/** The screen's view of an event's export. */
export function exportJobView(row: ExportRow, services: ReportServices | undefined): ExportJob {
  return { ...deliveryView(row, services), eventId: row.eventId, format: row.format, withContacts: row.withContacts };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Records an export's next step on its row; outside the command bus (screens ask for the export's status). */
export type ExportStep = (status: ExportStatus, fields?: ExportFileFields) => void;

/** A queued export, ready to be delivered: its name, how to make its bytes, and whether its row is still wanted. */
export interface ExportDelivery {
  readonly fileName: string;
  readonly format: ExportFormat;
  readonly render: (onPrinting: () => void) => Promise<Uint8Array>;
  readonly stillWanted: () => boolean;
}

/**
 * Runs one queued export to its end, outside the command that asked for it (printing takes
 * seconds; the room keeps serving): where to save it, its bytes, written whole, and recorded.
 * Each step is recorded, so screens show progress, and a failure is told in words. `queued`
 * is read inside, so a database closed meanwhile ends it quietly.
 */
export async function deliverExport(services: ReportServices, step: ExportStep, queued: () => ExportDelivery | undefined): Promise<void> {
  try {
    const job = queued();
    if (!job) return;
    step("choosing", { fileName: job.fileName });
    const path = await services.destination.choose(job.fileName, job.format);
    if (path === null) return step("cancelled");
    step("rendering");
    const bytes = await job.render(() => step("printing"));
    step("writing");
    await writeFileAtomically(path, bytes);
    // What it was made from was deleted (or its notes expired) while this ran: its file goes too.
    if (!job.stillWanted()) return void (await services.destination.discard?.([path]));
    step("done", {
      fileName: basename(path),
      path,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      pages: job.format === "pdf" ? countPdfPages(bytes) : null,
    });
  } catch (err) {
    try {
      step("failed", { error: message(err) });
    } catch {
      // The database closed while the export ran (Hearth is stopping): nothing more to record.
    }
  }
}

/** Runs one queued event export to its end (see deliverExport). */
export function runExport(db: Database, exportId: string, services: ReportServices): Promise<void> {
  const step: ExportStep = (status, fields) => void (db.open && reportExports.step(db, exportId, status, fields));
  return deliverExport(services, step, () => {
    const row = db.open ? reportExports.get(db, exportId) : undefined;
    const event = row && getEvent(db, row.eventId);
    if (!row || row.status !== "queued" || !event) return undefined;
    return {
      fileName: suggestedFileName(event, row.format, row.withContacts),
      format: row.format,
      render: async (onPrinting) => (await renderExport(db, row.eventId, row.format, services.printer, onPrinting, row.withContacts)).bytes,
      stillWanted: () => db.open && reportExports.get(db, exportId) !== undefined,
    };
  });
}

/** Starts the export after the command that queued it has committed (the handler runs inside its transaction). */
export function scheduleExport(db: Database, exportId: string, services: ReportServices): void {
  setImmediate(() => void runExport(db, exportId, services));
}
