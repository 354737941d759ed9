import type { PdfPrinter, PrintRequest } from "../services";
import { PDF_PAGE } from "./page";

/** The one address the document is served at inside the printing browser; every other request is aborted. */
const DOCUMENT_URL = "http://report.hearth.invalid/";

/**
 * Browser mode's printer: a headless Chromium through playwright-core, launched per export
 * and closed after it. The page has JavaScript disabled, is offline, and every request but
 * the document itself is aborted, so nothing in a report can run or reach the network.
 */
export function chromiumPrinter(findExecutable: () => string): PdfPrinter {
  return {
    async print(request: PrintRequest): Promise<Uint8Array> {
      const executablePath = findExecutable();
      // Loaded on first use: Electron's main process never needs it.
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"] });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true, acceptDownloads: false, serviceWorkers: "block" });
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
        await browser.close();
      }
    },
  };
}
