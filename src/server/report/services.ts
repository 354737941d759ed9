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
  /** Gets ready to print soon (the report page is open): browser mode starts its Chromium now. */
  warm?(): void;
  /** Lets go of what printing holds (Hearth is stopping). */
  close?(): Promise<void>;
}

/** Where an export is written. */
export interface ExportDestination {
  /** "download": a folder Hearth owns, the page then offers the file; "saved": wherever the person chose. */
  readonly delivery: "download" | "saved";
  /** The full path to write to, or null when the person cancelled (a native save dialog). */
  choose(suggestedName: string, format: ExportFormat): Promise<string | null>;
  /**
   * Deletes earlier exports (their event was deleted, or its notes passed their keeping time):
   * only files in a folder Hearth owns. Files the person saved elsewhere are theirs, and stay.
   */
  discard?(paths: readonly string[]): Promise<void>;
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
