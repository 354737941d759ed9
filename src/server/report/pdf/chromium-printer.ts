import type { Browser } from "playwright-core";
import type { PdfPrinter, PrintRequest } from "../services";
import { PDF_PAGE } from "./page";
import { WarmBrowser } from "./warm-browser";

/** The one address the document is served at inside the printing browser; every other request is aborted. */
const DOCUMENT_URL = "http://report.hearth.invalid/";

/** How long a browser with nothing to print is kept running. */
export const PRINTER_IDLE_MS = 3 * 60_000;

/** Starts a headless Chromium at `executablePath`, as the printer does. */
export async function launchHeadless(executablePath: string): Promise<Browser> {
  // Loaded on first use: Electron's main process never needs it.
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath, args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
}

export interface ChromiumPrinterOptions {
  readonly idleMs?: number;
  readonly launch?: (executablePath: string) => Promise<Browser>;
}

/**
 * Browser mode's printer: a headless Chromium through playwright-core, kept warm between
 * prints (see WarmBrowser); each print gets a fresh browser context, closed after it. The page
 * has JavaScript disabled, is offline, and every request but the document itself is aborted,
 * so nothing in a report can run or reach the network. All of it is asynchronous: the room
 * keeps answering while a report prints.
 */
export function chromiumPrinter(findExecutable: () => string, options: ChromiumPrinterOptions = {}): Required<PdfPrinter> & { readonly running: boolean } {
  const launch = options.launch ?? launchHeadless;
  const browser = new WarmBrowser(() => launch(findExecutable()), options.idleMs ?? PRINTER_IDLE_MS);
  return {
    get running() {
      return browser.running;
    },
    warm: () => browser.warm(),
    close: () => browser.close(),
    print: (request: PrintRequest) =>
      browser.use(async (running) => {
        const context = await running.newContext({ javaScriptEnabled: false, offline: true, acceptDownloads: false, serviceWorkers: "block" });
        try {
          const page = await context.newPage();
          await page.route("**/*", (route) =>
            route.request().url() === DOCUMENT_URL && route.request().isNavigationRequest()
              ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: request.html })
              : route.abort("blockedbyclient"),
          );
          await page.goto(DOCUMENT_URL, { waitUntil: "load" });
          const pdf = await page.pdf({
            format: "A4",
            printBackground: true,
            outline: true,
            tagged: true,
            displayHeaderFooter: true,
            headerTemplate: "<span></span>",
            footerTemplate: request.footerHtml,
            margin: PDF_PAGE.margin,
          });
          return new Uint8Array(pdf);
        } finally {
          await context.close().catch(() => undefined);
        }
      }),
  };
}
