import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { chromiumPrinter } from "../../../src/server/report/pdf/chromium-printer";
import { browserCandidates, findChromium, NoChromiumError } from "../../../src/server/report/pdf/find-chromium";
import { countPdfPages } from "../../../src/server/report/pdf/page";
import { resolveChromium } from "../../support/chromium";
import { BROWSER_TEST_MS } from "../../support/timeouts";

const chromium = await resolveChromium();

describe("the headless Chromium printer", { timeout: BROWSER_TEST_MS }, () => {
  it("prints with scripts off and no network: nothing runs, nothing is fetched", async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end("x");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    onTestFinished(() => void server.close());
    const beacon = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A document that tries everything: a script, a remote image, stylesheet, font and frame.
    const html = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="${beacon}/a.css"><style>@font-face{font-family:x;src:url(${beacon}/f.woff2)} body{font-family:x}</style></head>
      <body><h1>Printed</h1><p id="p">static text</p><script>document.getElementById("p").textContent = "SCRIPT RAN"; fetch("${beacon}/fetch")</script>
      <img src="${beacon}/img.png"><iframe src="${beacon}/frame"></iframe><p>${"line<br>".repeat(80)}</p></body></html>`;
    const pdf = await chromiumPrinter(() => chromium.executablePath).print({ html, footerHtml: "<span class=pageNumber></span>" });
    const dir = mkdtempSync(join(tmpdir(), "hearth-print-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, "p.pdf"), pdf);
    const text = execFileSync("pdftotext", [join(dir, "p.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("static text");
    expect(text).not.toContain("SCRIPT RAN");
    expect(hits).toBe(0);
    const info = execFileSync("pdfinfo", [join(dir, "p.pdf")], { encoding: "utf8" });
    expect(countPdfPages(pdf)).toBe(Number(/Pages:\s+(\d+)/.exec(info)![1]));
    expect(countPdfPages(pdf)).toBeGreaterThan(1);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|Page size:\s+595\.\d+ x 842\.\d+/);
    expect(info).toMatch(/Tagged:\s+yes/);
    // The headings become the document outline (bookmarks); the language is set.
    const raw = Buffer.from(pdf).toString("latin1");
    expect(raw).toMatch(/\/Outlines/);
    expect(raw).toMatch(/\/Lang \(en\)/);
  });
});

describe("finding a Chromium", { timeout: BROWSER_TEST_MS }, () => {
  it("takes HEARTH_CHROMIUM first, and refuses one that is not an executable", () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-chromium-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const fake = join(dir, "chrome");
    writeFileSync(fake, "#!/bin/sh\n");
    chmodSync(fake, 0o755);
    expect(findChromium({ HEARTH_CHROMIUM: fake }, "linux")).toBe(fake);
    expect(() => findChromium({ HEARTH_CHROMIUM: join(dir, "missing") }, "linux")).toThrow(NoChromiumError);
    expect(() => findChromium({ HEARTH_CHROMIUM: join(dir, "missing") }, "linux")).toThrow(/CSV, Markdown and archive exports still work/);
  });

  it("knows where Chromium, Chrome and Edge live on each platform", () => {
    expect(browserCandidates({}, "linux")).toContain("/usr/bin/chromium");
    expect(browserCandidates({}, "darwin").some((p) => p.includes("Google Chrome.app"))).toBe(true);
    expect(browserCandidates({ PROGRAMFILES: "C:\\Program Files" }, "win32").some((p) => p.endsWith("msedge.exe"))).toBe(true);
  });
});
