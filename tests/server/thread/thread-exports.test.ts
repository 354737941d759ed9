import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { buildProgressReport, threeMonthsBefore } from "../../../src/core";
import { renderProgressReportHtml } from "../../../src/server/report/html/progress-report";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { buildThread } from "../../../src/server/thread/view";
import { letters, pdfPagesToScreens } from "../../support/pdf";
import { pdfText, withExports } from "../support/exports";
import { callOk, useRooms } from "../support/room-fixture";
import { listeningToFinalRound } from "../support/thread-fixture";
import { decideAll, exportAndWait, yearOn } from "../support/thread-exports-fixture";
import { BROWSER_TEST_MS, BROWSER_WAIT_MS } from "../../support/timeouts";

const NOTE_TAKER: Actor = { deviceId: "phone-1", role: "notetaker" };

describe("a neighbourhood's progress report and good-news sheet", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  it("the progress report holds every priority: status, lead, where it was adopted (date, rank, dots), a quote, actions with progress, wins, measures with the chart's text alternative", () => {
    const r = rooms.start();
    const { hood } = yearOn(r);
    const html = renderProgressReportHtml(buildProgressReport(buildThread(r.room.db, hood), "2027-01-20"));
    for (const words of [
      "Elm Road estate: one year on",
      "Safe streets",
      "GP access",
      "Young people",
      "Some progress",
      "Partly met",
      "Not started",
      "Elm Road TRA",
      "Practice manager, Elm Surgery",
      "Elm Road listening event</bdi> on 20 January 2026: rank 1, 9 dots",
      "The underpass is dark after six",
      "Ask the council to light the underpass",
      "In progress",
      "20 February 2026: <bdi class=\"user\" dir=\"auto\">Letter sent to the council",
      "New lights in the underpass",
      "Same-week appointments",
      "Same-week appointments, 2 readings. 1 March 2026: 41 %; 1 September 2026: 58 %.",
    ])
      expect(html).toContain(words);
    expect(html).toContain('<svg class="measure-chart"');
    // A win of no priority is on the good-news sheet, not under a priority.
    expect(html).not.toContain("Spring litter pick");
  });

  it("refuses both exports until each finding has a decision; preview lists the phone number in a win; a redacted number is absent from the PDF", async () => {
    const r = rooms.start();
    withExports(r);
    const { hood } = yearOn(r);
    const preview = callOk(r, FACILITATOR, "neighbourhoods.exportPreview", { neighbourhoodId: hood, kind: "progress" });
    expect(preview.findings.some((f) => f.kind === "phone" && f.match.includes("07700 900123") && f.field.startsWith("win."))).toBe(true);
    // The feedback report's list of names is this review's too.
    expect(preview.findings.some((f) => f.kind === "name" && f.match === "Sam")).toBe(false);
    callOk(r, FACILITATOR, "reports.addName", { name: "Sam" });
    expect(callOk(r, FACILITATOR, "neighbourhoods.exportPreview", { neighbourhoodId: hood, kind: "progress" }).findings.some((f) => f.kind === "name" && f.match === "Sam")).toBe(true);
    for (const kind of ["progress", "good-news"] as const) {
      const res = r.room.call(FACILITATOR, { method: "neighbourhoods.export", input: { exportId: newId(), neighbourhoodId: hood, kind, format: "pdf", since: "2026-01-01", until: "2026-12-31" }, commandId: newId() });
      expect(res).toMatchObject({ ok: false, error: { code: "conflict", message: expect.stringMatching(/need(s)? a decision \(redact, keep or edit\) before anything is exported/) } });
    }
    expect(existsSync(join(r.dir, "exports"))).toBe(false);
    decideAll(r, hood, "progress", "redact");
    const job = await exportAndWait(r, { neighbourhoodId: hood, kind: "progress", format: "pdf" });
    expect(job.error).toBe("");
    expect(job.status).toBe("done");
    expect(job.fileName).toMatch(/^Elm Road estate progress report \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(job.downloadUrl).toMatch(/^\/exports\//);
    const text = pdfText(job.path);
    for (const words of ["Safe streets", "GP access", "Young people", "Some progress", "Partly met", "Not started", "Elm Road TRA", "Letter sent to the council", "[phone number removed]", "Same-week appointments, 2 readings."])
      expect(text).toContain(words);
    expect(text).not.toContain("07700");
    expect(text).not.toContain("900123");
    pdfPagesToScreens(job.path, "thread-progress-report", 60);
    // No temporary file left behind.
    expect(readdirSync(join(r.dir, "exports"))).toEqual([job.fileName]);
  });

  it("good news: the period's wins, newest first, as a one-page PDF (Arabic shaped right to left) and Markdown; a win outside the period is left out", async () => {
    const r = rooms.start();
    withExports(r);
    const { hood } = yearOn(r);
    const period = { since: "2026-10-01", until: "2026-12-31" };
    decideAll(r, hood, "good-news", "redact", period);
    const pdf = await exportAndWait(r, { neighbourhoodId: hood, kind: "good-news", format: "pdf", ...period });
    expect(pdf.error).toBe("");
    expect(pdf.pages).toBe(1);
    expect(pdf.fileName).toBe("Elm Road estate good news 2026-10-01 to 2026-12-31.pdf");
    const text = pdfText(pdf.path);
    expect(text).toContain("Good news from Elm Road estate");
    expect(text).toContain("New lights in the underpass, ring Sam on [phone number removed] to help");
    expect(letters(text)).toContain(letters("نادي الشباب يفتح كل جمعة"));
    expect(text).not.toContain("Spring litter pick");
    pdfPagesToScreens(pdf.path, "thread-good-news", 60);
    const md = await exportAndWait(r, { neighbourhoodId: hood, kind: "good-news", format: "markdown", ...period });
    expect(md.error).toBe("");
    const markdown = readFileSync(md.path, "utf8");
    expect(markdown).toContain("# Good news from Elm Road estate");
    expect(markdown.indexOf("1 December 2026")).toBeLessThan(markdown.indexOf("2 November 2026"));
    expect(markdown).toContain("- **2 November 2026:** New lights in the underpass, ring Sam on \\[phone number removed\\] to help _(for Safe streets)_");
    expect(markdown).not.toContain("Spring litter pick");
  });

  it("is idempotent, checks its input and its caller: the same export id twice is one export; bad periods and devices are refused in words", async () => {
    const r = rooms.start();
    withExports(r);
    const { hood } = yearOn(r);
    decideAll(r, hood, "progress", "keep");
    const exportId = newId();
    const input = { exportId, neighbourhoodId: hood, kind: "progress" as const, format: "pdf" as const };
    const a = callOk(r, FACILITATOR, "neighbourhoods.export", input);
    const b = callOk(r, FACILITATOR, "neighbourhoods.export", input);
    expect(b.id).toBe(a.id);
    expect(r.room.call(FACILITATOR, { method: "neighbourhoods.export", input: { ...input, kind: "good-news" }, commandId: newId() })).toMatchObject({ ok: false, error: { code: "conflict" } });
    const bad = r.room.call(FACILITATOR, { method: "neighbourhoods.export", input: { exportId: newId(), neighbourhoodId: hood, kind: "good-news", format: "pdf", since: "2026-12-31", until: "2026-10-01" }, commandId: newId() });
    expect(bad).toMatchObject({ ok: false, error: { code: "invalid_input", message: expect.stringContaining("The period must start on or before the day it ends.") } });
    const md = r.room.call(FACILITATOR, { method: "neighbourhoods.export", input: { exportId: newId(), neighbourhoodId: hood, kind: "progress", format: "markdown" }, commandId: newId() });
    expect(md).toMatchObject({ ok: false, error: { code: "invalid_input", message: expect.stringContaining("The progress report is made as a PDF.") } });
    for (const method of ["neighbourhoods.export", "neighbourhoods.exportPreview", "neighbourhoods.decide"] as const) {
      const input2 = method === "neighbourhoods.decide" ? { neighbourhoodId: hood, findingId: "x", decision: { action: "keep" } } : { exportId: newId(), neighbourhoodId: hood, kind: "progress", format: "pdf" };
      const res = r.room.call(NOTE_TAKER, { method, input: method === "neighbourhoods.exportPreview" ? { neighbourhoodId: hood, kind: "progress" } : input2, commandId: newId() } as never);
      expect(res).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    // Let the queued export finish before the room closes.
    const end = Date.now() + BROWSER_WAIT_MS;
    while (!["done", "failed"].includes(callOk(r, FACILITATOR, "neighbourhoods.exportStatus", { exportId }).status) && Date.now() < end) await new Promise((res) => setTimeout(res, 50));
  });

  it("a resident's Arabic quote is shaped and reads right to left in the progress report PDF", async () => {
    const r = rooms.start();
    withExports(r);
    const first = listeningToFinalRound(r);
    const arabic = "لا توجد إضاءة في الحديقة ليلاً";
    const [safe] = callOk(r, FACILITATOR, "priorities.adopt", { eventId: first.event.id, priorities: [{ id: newId(), itemId: first.themeIds["Safe streets"]!, quoteNoteIds: [first.noteIds[arabic]!] }] });
    const html = renderProgressReportHtml(buildProgressReport(buildThread(r.room.db, safe!.neighbourhoodId), "2027-01-20"));
    expect(html).toContain(`<blockquote class="quote"><p class="user " dir="auto">${arabic}</p></blockquote>`);
    const job = await exportAndWait(r, { neighbourhoodId: safe!.neighbourhoodId, kind: "progress", format: "pdf" });
    expect(job.error).toBe("");
    expect(letters(pdfText(job.path))).toContain(letters("لا توجد إضاءة في الحديقة"));
    pdfPagesToScreens(job.path, "thread-progress-arabic-quote", 80);
  });

  it("the default good-news period is the three months to today", () => {
    expect(threeMonthsBefore("2027-05-31")).toBe("2027-02-28");
    expect(threeMonthsBefore("2027-02-14")).toBe("2026-11-14");
  });
});
