import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { feedbackClock } from "../../src/core";
import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { setUpElmRoad } from "./support/elm-road-setup";
import { letters, pdfPagesToScreens, pdfText, SCREENS } from "../support/pdf";
import { RoomClient } from "./support/room-client";

test("an organiser drafts the report, reviews personal data, and exports a PDF residents can read", async ({ page, hearth }, testInfo) => {
  test.setTimeout(120_000);
  let room = await RoomClient.connect(hearth.url);
  const { eventId } = await setUpElmRoad(room);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${hearth.url}/#/events/${eventId}/report`);
  await expect(page.getByRole("heading", { level: 1, name: "Feedback report: Elm Road listening event" })).toBeVisible();

  // A draft exists before anyone types: the preview shows every section, styled by the report's stylesheet.
  const preview = page.frameLocator('iframe[title="Report preview"]');
  await expect(preview.getByRole("heading", { level: 2, name: "What happened" })).toBeVisible();
  await expect(preview.getByText("No vote was held.")).toBeVisible();
  await expect(preview.getByRole("heading", { level: 3, name: "Not yet themed" })).toBeVisible();
  // The frame is sandboxed (no scripts) and its styles come only from the stylesheet the CSP admits by hash.
  await expect(page.locator('iframe[title="Report preview"]')).toHaveAttribute("sandbox", "");
  await expect(preview.locator("h2").first()).toHaveCSS("border-bottom-style", "solid");
  await expect(preview.getByText("<script>alert('hi')</script> test from the youth worker's phone")).toBeVisible();

  // Edit the draft; it saves as the organiser types and survives a reload.
  await page.getByLabel("People who took part (a count, never names)").fill("63");
  await page.getByLabel("Introduction").fill("Thank you to the 63 of you who came to St Barnabas hall.\n\nThis is what you told us.");
  await page.getByLabel("Next meeting").fill("Tuesday 8 December, 6pm, St Barnabas community hall");
  await page.getByLabel("Contacts").fill("Northfield Community Partnership, hello@northfield.example");
  await page.getByLabel("Footer (on every page)").fill("Northfield Community Partnership");
  await page.getByRole("button", { name: "Move You said, we did up" }).click();
  await expect(page.getByRole("status").filter({ hasText: /changes saved|Saving/ })).toHaveText("All changes saved");
  await expect(preview.getByText("This is what you told us.")).toBeVisible();
  // Saved means committed: the room stopping and starting again loses nothing.
  await hearth.restart();
  await page.goto(`${hearth.url}/#/events/${eventId}/report`);
  await expect(page.getByLabel("Introduction")).toHaveValue("Thank you to the 63 of you who came to St Barnabas hall.\n\nThis is what you told us.");
  await expect(page.getByLabel("Sections in report order").getByRole("listitem").nth(4)).toContainText("You said, we did");
  await expect(page.getByLabel("Next meeting")).toHaveValue("Tuesday 8 December, 6pm, St Barnabas community hall");
  // The preview frame runs no scripts: axe checks the page around it in legacy mode (see support/axe.ts).
  await expect(preview.getByRole("heading", { level: 2, name: "What happened" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  room.close();
  room = await RoomClient.connect(hearth.url);
  await page.screenshot({ path: `${SCREENS}/report-editor.png`, fullPage: false });
  await page.screenshot({ path: `${SCREENS}/report-editor-full.png`, fullPage: true });

  // Review: nothing is exported until every finding has a decision.
  const findings = page.getByRole("list", { name: "Findings" }).getByRole("listitem");
  await expect(findings).toHaveCount(7);
  await expect(page.getByText("7 of 7 still need a decision before anything is exported.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Export PDF" })).toBeDisabled();
  const doreen = findings.filter({ has: page.locator("mark", { hasText: "Mrs Doreen Pickering" }) });
  await doreen.getByLabel("Redact").check();
  await findings.filter({ hasText: "07700 900123" }).getByLabel("Replacement for “07700 900123”").fill("(number given to the organiser)");
  await expect(findings.filter({ has: page.locator("mark", { hasText: "number 14" }) })).toContainText("street address");
  await page.getByRole("button", { name: "Redact all 5 undecided" }).click();
  await expect(page.getByText("All 7 decided.", { exact: false })).toBeVisible();
  await page.getByRole("region", { name: "Review personal data" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/report-review.png`, fullPage: false });

  // Export the PDF: progress, then a download under a safe name, and the full path.
  const downloadLink = page.getByRole("link", { name: "Download PDF report" });
  const exportPdf = async () => {
    // The last export's "Done." and link stay on the page until the new one is under way.
    const before = (await downloadLink.count()) > 0 ? await downloadLink.getAttribute("href") : null;
    await page.getByRole("button", { name: "Export PDF" }).click();
    // No questions were set up and no vote held: asked about first, then exported as it is.
    await page.getByRole("dialog", { name: "Export the report as it is?" }).getByRole("button", { name: "Export PDF anyway" }).click();
    if (before !== null) await expect(downloadLink).not.toHaveAttribute("href", before, { timeout: 30_000 });
    await expect(page.getByText("PDF report: Done.")).toBeVisible({ timeout: 30_000 });
    const download = page.waitForEvent("download");
    await downloadLink.click();
    const file = testInfo.outputPath((await download).suggestedFilename());
    await (await download).saveAs(file);
    return file;
  };
  const first = await exportPdf();
  expect(first.endsWith("Elm Road listening event 2026-11-14 feedback report.pdf")).toBe(true);
  await expect(page.getByText(/Saved at .*exports.*feedback report\.pdf/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/report-exported.png`, fullPage: false });
  const text = pdfText(first);
  for (const heading of ["What happened", "What we asked", "What you said", "Your priorities", "What happens next", "You said, we did", "How to stay involved"])
    expect(text).toContain(heading);
  expect(text).toContain("No vote was held.");
  expect(text).toContain("63");
  expect(letters(text)).toContain(letters("لا توجد إضاءة في الحديقة"));
  expect(text).toContain("Sąsiedzi są życzliwi");
  expect(text).toContain("<script>alert('hi')</script> test from the youth worker's phone");
  expect(text).toContain("Survey done in September; repairs to 12 flats booked");
  expect(text).not.toContain("Doreen");
  expect(text).toContain("[name removed] at [address removed]");
  expect(text).toContain("(number given to the organiser)");
  expect(text).not.toContain("jay.okafor");
  expect(text).toMatch(/Page 1 of \d+/);
  const pages = pdfPagesToScreens(first, "report-pdf");
  expect(pages.length).toBeGreaterThanOrEqual(4);

  // The organiser keeps the name after all: it is in the next export, which does not overwrite the first.
  await doreen.getByLabel("Keep").check();
  await expect(page.getByRole("status").filter({ hasText: /changes saved|Saving/ })).toHaveText("All changes saved");
  const second = await exportPdf();
  expect(second.endsWith("feedback report (2).pdf")).toBe(true);
  expect(pdfText(second)).toContain("Mrs Doreen Pickering at [address removed]");

  // Record how it went out; the events list shows it at a glance.
  await page.getByLabel("emailed").check();
  await page.getByLabel("posted at the hub").check();
  const clocks = await room.call("reports.clock", {});
  await page.getByLabel("Sent on").fill(clocks.today);
  await page.getByRole("button", { name: "Record as sent" }).click();
  await expect(page.locator(".sending__clock")).toContainText("Report sent");
  await page.goto(hearth.url);
  const list = page.getByRole("list", { name: "All events" });
  await expect(list.getByRole("listitem").filter({ hasText: "Elm Road listening event" })).toContainText(/Report sent .* \(emailed, posted at the hub\), sent (on time|\d+ days? late)/);
  const summer = feedbackClock("2026-06-30", null, clocks.today);
  await expect(list.getByRole("listitem").filter({ hasText: "Elm Road summer listening event" })).toContainText(`Report due Tue 30 Jun 2026: ${summer.label}`);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/events-feedback-clock.png`, fullPage: true });
  room.close();
});

test("a logo is checked and printed; an SVG becomes a PNG in the browser, and its markup never reaches the report", async ({ page, hearth }, testInfo) => {
  test.setTimeout(60_000);
  const room = await RoomClient.connect(hearth.url);
  const { eventId } = await setUpElmRoad(room);
  await page.goto(`${hearth.url}/#/events/${eventId}/report`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" onload="document.title='pwned'"><script>document.title='pwned'</script><rect width="300" height="100" fill="#8a2c0d"/><text x="20" y="60" font-size="40" fill="#fff">Northfield</text><image href="http://example.com/x.png" width="10" height="10"/></svg>`;
  await page.getByLabel(/^Logo/).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
  await expect(page.getByText("Logo: 1200 × 400 PNG")).toBeVisible();
  const img = page.frameLocator('iframe[title="Report preview"]').getByRole("img", { name: "Logo" });
  await expect(img).toHaveAttribute("src", /^data:image\/png;base64,/);
  expect(await page.title()).not.toBe("pwned");
  const html = (await room.call("reports.preview", { eventId })).html;
  expect(html).not.toMatch(/<svg[^>]*onload|<script|example\.com/u);

  // A file that is not an image is refused with a reason, and the logo stays.
  await page.getByLabel(/^Logo/).setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not really a png") });
  await expect(page.getByRole("alert")).toContainText("A logo must be a PNG or JPEG image");
  await expect(page.getByText("Logo: 1200 × 400 PNG")).toBeVisible();

  for (const f of (await room.call("reports.preview", { eventId })).findings)
    await room.call("reports.update", { eventId, edit: { op: "decide", key: f.id, decision: { action: "redact" } } });
  await page.reload();
  await page.getByRole("button", { name: "Export PDF" }).click();
  await page.getByRole("dialog", { name: "Export the report as it is?" }).getByRole("button", { name: "Export PDF anyway" }).click();
  await expect(page.getByText("PDF report: Done.")).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF report" }).click();
  const file = testInfo.outputPath("with-logo.pdf");
  await (await download).saveAs(file);
  const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" }).trim().split("\n").slice(2);
  expect(images.length).toBeGreaterThanOrEqual(1);
  pdfPagesToScreens(file, "report-pdf-logo", 50).slice(1).forEach((p) => rmSync(p));
  room.close();
});
