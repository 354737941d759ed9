import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BROWSER_TEST_MS } from "./timeouts";

const root = join(import.meta.dirname, "..");
const folders = ["server", "electron-main", "support"];
/** A test file that prints through Chromium: the printer itself, or an export in PDF. */
const printsPdf = (text: string) => /chromiumPrinter\(|exportAndWait\([^)]*"pdf"/.test(text);

const printingFiles = folders.flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(root, folder, name), "utf8") }))
    .filter((f) => printsPdf(f.text)),
);

describe("tests that print through Chromium", () => {
  it("are found", () => {
    expect(printingFiles.map((f) => f.name)).toEqual(expect.arrayContaining(["server/report/chromium-printer.test.ts", "server/report/report-export.test.ts"]));
  });

  it.each(printingFiles)("$name gives every test the browser's time, not vitest's 5 s", ({ text }) => {
    const describes = [...text.matchAll(/^describe\((.*)$/gmu)].map((m) => m[1]);
    expect(describes.length).toBeGreaterThan(0);
    for (const line of describes) expect(line).toMatch(/\{ timeout: BROWSER_TEST_MS \}/u);
    // A test's own timeout may only be longer.
    for (const m of text.matchAll(/^ {2,}\}, ([\d_]+)\);$/gmu)) expect(Number(m[1]!.replaceAll("_", ""))).toBeGreaterThanOrEqual(BROWSER_TEST_MS);
  });
});
