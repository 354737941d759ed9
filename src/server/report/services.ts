import type { Database } from "better-sqlite3";
import type { ExportFormat } from "../../core";
import type { ReadonlyDatabase } from "../db/prepared";

/** What a PDF is printed with: the same HTML and CSS in both modes, through one port. */
export interface PrintRequest {
  /** The whole document: user text already escaped, styles inline, no scripts, no remote resources. */
  readonly html: string;
  /** The running footer of every page (escaped HTML, Chromium's footer template): footer text and "Page N of M". */
  readonly footerHtml: string;
}

/**
 * One port, two adapters: headless Chromium through playwright-core (browser mode, tests,
 * benchmarks) and Electron's webContents.printToPDF (the desktop app). Either way: A4, the
 * document outline from the headings, a tagged PDF, scripts off and no network.
 */
export interface PdfPrinter {
  print(request: PrintRequest): Promise<Uint8Array>;
}

/** Where an export is written. */
export interface ExportDestination {
  /** "download": a folder Hearth owns, the page then offers the file; "saved": wherever the person chose. */
  readonly delivery: "download" | "saved";
  /** The full path to write to, or null when the person cancelled (a native save dialog). */
  choose(suggestedName: string, format: ExportFormat): Promise<string | null>;
}

/** Opening a written file, where the desktop can (Electron's shell). */
export interface FileShell {
  open(path: string): Promise<void>;
  showInFolder(path: string): void;
}

export interface ReportServices {
  readonly printer: PdfPrinter;
  readonly destination: ExportDestination;
  readonly shell?: FileShell;
}

/**
 * The report's services are given per database, by whoever opened it (`hearth serve`,
 * Electron's main process, a test), so command handlers reach them through the `db` they
 * already have without the room knowing about printers or dialogs.
 */
const registry = new WeakMap<ReadonlyDatabase, ReportServices>();

export function provideReportServices(db: Database, services: ReportServices): void {
  registry.set(db, services);
}

export function reportServices(db: ReadonlyDatabase): ReportServices | undefined {
  return registry.get(db);
}
