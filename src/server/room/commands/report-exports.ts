import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { EXPORT_FORMATS } from "../../../core";
import { requireEvent } from "../../db/repos/events";
import { reportExports } from "../../db/repos/report-exports";
import { threadExports } from "../../db/repos/thread-exports";
import { exportJobView, scheduleExport } from "../../report/export/run-export";
import { ReviewNeededError } from "../../report/export/render-export";
import { prepareReport } from "../../report/prepare";
import { roomOutcome, type HandlersOf } from "../handler";
import { RoomError } from "../../room-error";

export const reportExportHandlers: HandlersOf<"reports.export" | "reports.exportStatus" | "reports.openExport"> = {
  /**
   * Queues an export and returns at once; the file is made after this command commits.
   * Report formats (PDF, Markdown, CSV) are refused until every finding of likely personal
   * data has a decision: nothing leaves the laptop without that review.
   */
  "reports.export": ({ db, at, ports }, { eventId, exportId, format, withContacts }) => {
    requireEvent(db, eventId);
    const services = ports.reports;
    if (!services) throw new RoomError("unavailable", "Exporting is not set up in this copy of Hearth.");
    const before = reportExports.get(db, exportId);
    if (before) {
      if (before.eventId === eventId && before.format === format && before.withContacts === withContacts) return { value: exportJobView(before, services), eventId, upserts: [] };
      throw new RoomError("conflict", "A different export already has that id.");
    }
    if (EXPORT_FORMATS[format].reviewed) {
      const pending = prepareReport(db, eventId).undecided.length;
      if (pending > 0) throw new RoomError("conflict", new ReviewNeededError(pending).message);
    }
    reportExports.insert(db, { id: exportId, eventId, format, token: randomBytes(24).toString("base64url"), requestedAt: at, withContacts });
    scheduleExport(db, exportId, services);
    return { value: exportJobView(reportExports.get(db, exportId)!, services), eventId, upserts: [] };
  },

  "reports.exportStatus": (db, { exportId }, _actor, ports) => {
    const row = reportExports.get(db, exportId);
    if (!row) throw new RoomError("not_found", "That export does not exist.");
    return exportJobView(row, ports.reports);
  },

  /** Opens a finished export (an event's, or a neighbourhood's progress report or good news) where the desktop can. */
  "reports.openExport": ({ db, ports }, { exportId, how }) => {
    const found = reportExports.get(db, exportId) ?? threadExports.get(db, exportId);
    const row = found && { status: found.status, path: found.path, eventId: "eventId" in found ? found.eventId : found.neighbourhoodId };
    if (!row || row.status !== "done") throw new RoomError("not_found", "That export has not finished.");
    const shell = ports.reports?.shell;
    if (!shell) throw new RoomError("unavailable", "Opening files works in the desktop app; in a browser, use the download link.");
    if (!existsSync(row.path)) throw new RoomError("not_found", "That file is no longer where it was saved.");
    if (how === "open") shell.open(row.path).catch((err: unknown) => console.error("hearth: could not open the export", err));
    else shell.showInFolder(row.path);
    return roomOutcome({ done: true as const });
  },
};
