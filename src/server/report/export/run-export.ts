import { createHash } from "node:crypto";
import type { Database } from "better-sqlite3";
import { basename } from "node:path";
import type { ExportJob, ExportStatus } from "../../../core";
import { getEvent } from "../../db/repos/events";
import { reportExports, type ExportRow } from "../../db/repos/report-exports";
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

/**
 * Runs one queued export to its end, outside the command that asked for it (printing takes
 * seconds; the room keeps serving). Each step is recorded, so screens show progress by
 * asking for the export's status, and a failure is told in words.
 */
export async function runExport(db: Database, exportId: string, services: ReportServices): Promise<void> {
  const step = (status: ExportStatus, fields?: Parameters<typeof reportExports.step>[3]) => {
    // Outside the command bus: the export runs after its command committed, and its row is in no change feed (screens ask reports.exportStatus).
    if (db.open) reportExports.step(db, exportId, status, fields);
  };
  try {
    const row = db.open ? reportExports.get(db, exportId) : undefined;
    const event = row && getEvent(db, row.eventId);
    if (!row || row.status !== "queued" || !event) return;
    const fileName = suggestedFileName(event, row.format, row.withContacts);
    step("choosing", { fileName });
    const path = await services.destination.choose(fileName, row.format);
    if (path === null) return step("cancelled");
    step("rendering");
    const { bytes } = await renderExport(db, row.eventId, row.format, services.printer, () => step("printing"), row.withContacts);
    step("writing");
    await writeFileAtomically(path, bytes);
    // The event was deleted (or its notes expired) while this ran: its file goes too.
    if (!db.open || !reportExports.get(db, exportId)) return void (await services.destination.discard?.([path]));
    step("done", {
      fileName: basename(path),
      path,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes: bytes.length,
      pages: row.format === "pdf" ? countPdfPages(bytes) : null,
    });
  } catch (err) {
    try {
      step("failed", { error: message(err) });
    } catch {
      // The database closed while the export ran (Hearth is stopping): nothing more to record.
    }
  }
}

/** Starts the export after the command that queued it has committed (the handler runs inside its transaction). */
export function scheduleExport(db: Database, exportId: string, services: ReportServices): void {
  setImmediate(() => void runExport(db, exportId, services));
}
