import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FACILITATOR } from "../../../src/server/room/actor";
import { seedElmRoad } from "../support/elm-road-room";
import { letters } from "../../support/pdf";
import { decideAll, expectDone, exportAndWait, pdfText, withExports } from "../support/exports";
import { callOk, useRooms } from "../support/room-fixture";
import { BROWSER_TEST_MS } from "../../support/timeouts";

describe("exporting the report", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  it("refuses every report format until each finding has a decision; the archive is not a report and needs none", async () => {
    const r = rooms.start();
    withExports(r);
    const { event } = seedElmRoad(r);
    for (const format of ["pdf", "markdown", "csv"] as const) {
      const res = r.room.call(FACILITATOR, { method: "reports.export", input: { eventId: event.id, exportId: `exp_${format}_refused`, format }, commandId: `cmd_exp_${format}` });
      expect(res).toMatchObject({ ok: false, error: { code: "conflict", message: "6 possible pieces of personal data need a decision (redact, keep or edit) before anything is exported." } });
    }
    expect(existsSync(join(r.dir, "exports"))).toBe(false);
    expectDone(await exportAndWait(r, event.id, "archive"));
  });

  it("prints an A4 PDF with every section, Arabic and Urdu, tags as text, and a redacted name absent", async () => {
    const r = rooms.start();
    withExports(r);
    const { event } = seedElmRoad(r);
    callOk(r, FACILITATOR, "reports.update", { eventId: event.id, edit: { op: "footer", text: "Northfield Community Partnership" } });
    decideAll(r, event.id, "redact");
    const job = await exportAndWait(r, event.id, "pdf");
    expectDone(job);
    expect(job.fileName).toBe("Elm Road listening event 2026-11-14 feedback report.pdf");
    expect(job.path).toBe(join(r.dir, "exports", job.fileName));
    expect(job.delivery).toBe("download");
    expect(job.downloadUrl).toMatch(/^\/exports\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]{32}$/);
    expect(job.pages).toBeGreaterThanOrEqual(4);
    expect(readFileSync(job.path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(job.path);
    for (const heading of ["What happened", "What we asked", "What you said", "Your priorities", "What happens next", "You said, we did", "How to stay involved"])
      expect(text).toContain(heading);
    expect(text).toContain("No vote was held.");
    // pdftotext wraps right-to-left runs in bidi controls and cannot map the lam-alef ligature
    // with a mark on it (the last word, "ليلاً") back to its letters: compare the other words by letter.
    expect(letters(text)).toContain(letters("لا توجد إضاءة في الحديقة"));
    expect(letters(text)).toContain(letters("بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں"));
    expect(text).toContain("Sąsiedzi są życzliwi");
    expect(text).toContain("nowhere to go 😞");
    expect(text).toContain("<script>alert('hi')</script> test from the youth worker's phone");
    expect(text).toContain("'); DROP TABLE notes;--");
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain("Northfield Community Partnership");
    expect(text).not.toContain("Doreen");
    expect(text).not.toContain("07700");
    expect(text).toContain("[name removed] at [address removed]");
    // No half file, no temporary file left behind.
    expect(readdirSync(join(r.dir, "exports"))).toEqual([job.fileName]);
  });

  it("keeps a name when the organiser chooses to, and never overwrites an earlier export", async () => {
    const r = rooms.start();
    withExports(r);
    const { event } = seedElmRoad(r);
    decideAll(r, event.id, "keep");
    const first = await exportAndWait(r, event.id, "pdf");
    const second = await exportAndWait(r, event.id, "pdf");
    expectDone(first);
    expectDone(second);
    expect(second.fileName).toBe("Elm Road listening event 2026-11-14 feedback report (2).pdf");
    const text = pdfText(second.path);
    expect(text).toContain("Mrs Doreen Pickering");
    expect(text).toContain("jay.okafor@example.org");
  });

  it("exports the notes as CSV and the report as Markdown, redacted the same way", async () => {
    const r = rooms.start();
    withExports(r);
    const { event } = seedElmRoad(r);
    decideAll(r, event.id, "redact");
    const csv = await exportAndWait(r, event.id, "csv");
    expectDone(csv);
    const rows = readFileSync(csv.path, "utf8").split("\r\n");
    expect(rows[0]).toBe("\ufefftheme,question,note,language,raised,dots,phone dots,paper dots");
    expect(rows).toContain("Homes,What makes it hard to stay healthy and well here?,\"Damp and mould in the flats, children always coughing\",,1,,,");
    expect(rows).toContain("Feeling safe,What makes it hard to stay healthy and well here?,لا توجد إضاءة في الحديقة ليلاً,ar,1,,,");
    expect(rows.some((row) => row.includes("[email removed]"))).toBe(true);
    expect(rows.join("\n")).not.toContain("okafor");
    expect(rows).toHaveLength(36 + 2);
    const md = await exportAndWait(r, event.id, "markdown");
    expectDone(md);
    const text = readFileSync(md.path, "utf8");
    expect(text).toContain("## You said, we did");
    expect(text).toContain("\\<script\\>alert('hi')\\</script\\> test from the youth worker's phone");
    expect(text).toContain("- Ask the housing association for a damp survey of Brook House (Northfield Housing, by 30 September 2026) — **Done**");
    expect(text).not.toContain("Ahmed");
  });

  it("records a failure in words and leaves no file when the target cannot be written", async () => {
    const r = rooms.start();
    const { event } = seedElmRoad(r);
    const { setUpReportExports } = await import("../../../src/server/report/set-up");
    const { chromiumPrinter } = await import("../../../src/server/report/pdf/chromium-printer");
    const target = join(r.dir, "no-such-folder", "report.md");
    setUpReportExports(r.room, r.dir, { printer: chromiumPrinter(() => "/nowhere"), destination: { delivery: "saved", choose: async () => target } });
    decideAll(r, event.id, "keep");
    const job = await exportAndWait(r, event.id, "markdown");
    expect(job.status).toBe("failed");
    expect(job.error).toMatch(/ENOENT/);
    expect(existsSync(target)).toBe(false);
    const pdf = await exportAndWait(r, event.id, "pdf");
    expect(pdf).toMatchObject({ status: "failed" });
  });
});
