import { threadExports } from "../db/repos/thread-exports";
import { reportExports } from "../db/repos/report-exports";
import { clearStrayParts, exportsFolderDestination } from "./export/exports-folder";
import { chromiumPrinter } from "./pdf/chromium-printer";
import { findChromium } from "./pdf/find-chromium";
import type { Database } from "better-sqlite3";
import type { ReportServices } from "./services";

/** Browser mode (`hearth serve`): PDFs through a headless Chromium, files into the data folder's "exports". */
export function browserReportServices(dataDir: string): ReportServices {
  return { printer: chromiumPrinter(() => findChromium()), destination: exportsFolderDestination(dataDir) };
}

/** What this needs of the room (which sits above report/): its database and a way to hand it services. */
export interface ReportHost {
  readonly db: Database;
  provide(ports: { reports: ReportServices }): void;
}

/**
 * Gives the room its report services. Exports that were running when Hearth last stopped are
 * marked failed (they cannot finish), and their stray temporary files removed.
 */
export function setUpReportExports(room: ReportHost, dataDir: string, services: ReportServices): void {
  room.provide({ reports: services });
  reportExports.failInterrupted(room.db);
  threadExports.failInterrupted(room.db);
  void clearStrayParts(dataDir);
}
