import { BrowserWindow, dialog, session, shell, app } from "electron";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { EXPORT_FORMATS } from "../../src/core";
import { PDF_PAGE } from "../../src/server/report/pdf/page";
import type { ExportDestination, FileShell, PdfPrinter, ReportServices } from "../../src/server/report/services";

/**
 * The desktop app's PdfPrinter: the report's HTML in a hidden, sandboxed window with
 * JavaScript off, in its own in-memory session where every request but the document's own
 * file is cancelled, printed by Chromium's printToPDF (A4, outline from the headings, tagged).
 */
const electronPrinter: PdfPrinter = {
  async print({ html, footerHtml }) {
    const dir = await mkdtemp(join(tmpdir(), "hearth-print-"));
    const file = join(dir, "report.html");
    const partition = `hearth-print-${randomBytes(8).toString("hex")}`;
    const printSession = session.fromPartition(partition, { cache: false });
    const allowed = pathToFileURL(file).href;
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed && !details.url.startsWith("data:") }));
    printSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
    const win = new BrowserWindow({
      show: false,
      webPreferences: { session: printSession, sandbox: true, javascript: false, disableBlinkFeatures: "Auxclick", contextIsolation: true, nodeIntegration: false, webSecurity: true, images: true, spellcheck: false },
    });
    try {
      await writeFile(file, html, "utf8");
      await win.loadFile(file);
      const pdf = await win.webContents.printToPDF({
        pageSize: "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: footerHtml,
        margins: { ...PDF_PAGE.marginInches },
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/** A native save dialog, starting in Documents with Hearth's safe file name. */
const saveDialog: ExportDestination = {
  delivery: "saved",
  async choose(suggestedName, format) {
    const f = EXPORT_FORMATS[format];
    const parent = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: join(app.getPath("documents"), suggestedName), filters: [{ name: f.label, extensions: [f.extension.split(".").pop()!] }] };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
};

const desktopShell: FileShell = {
  async open(path) {
    const error = await shell.openPath(path);
    if (error) throw new Error(error);
  },
  showInFolder: (path) => shell.showItemInFolder(path),
};

export const electronReportServices = (): ReportServices => ({ printer: electronPrinter, destination: saveDialog, shell: desktopShell });
