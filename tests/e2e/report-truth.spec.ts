import type { Page, TestInfo } from "@playwright/test";
import { newId } from "../../src/api";
import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { pdfText, SCREENS } from "../support/pdf";
import { RoomClient } from "./support/room-client";

/**
 * An Adaptive Action workshop run as far as its "What?" stage: three prompts asked, a vote
 * held and revealed but never marked final, and a note that gives a resident's address.
 */
async function setUpWorkshop(url: string) {
  const room = await RoomClient.connect(url);
  const eventId = newId();
  await room.call("events.create", { id: eventId, title: "Elm Road Adaptive Action", date: "2026-11-14", kind: "adaptive-action" });
  await room.call("run.next", { eventId }); // Welcome
  await room.call("run.next", { eventId }); // What?
  const snapshot = await room.call("events.snapshot", { eventId });
  const what = snapshot.stage.find((s) => s.title === "What?")!;
  const asked = snapshot.prompt.filter((p) => p.stageId === what.id).sort((a, b) => a.position - b.position);
  const texts = ["a resident at 14 Elm Walk wants a call back", "The bus shelter has no roof", "Nobody knows who to call about the lifts"];
  const noteIds: string[] = [];
  for (const [i, text] of texts.entries()) {
    const id = newId();
    noteIds.push(id);
    await room.call("notes.add", { id, eventId, text, promptId: asked[i % asked.length]!.id });
  }
  const roundId = newId();
  await room.call("rounds.create", { id: roundId, eventId, title: "What matters most", target: "notes", dotsPerVoter: 3, maxPerItem: 2, blind: false });
  await room.call("rounds.open", { roundId });
  await room.call("votes.castFor", { roundId, voterId: newId(), dots: [{ itemId: noteIds[1]!, dots: 2 }, { itemId: noteIds[2]!, dots: 1 }] });
  await room.call("votes.paper", { roundId, itemId: noteIds[1]!, dots: 5 });
  await room.call("rounds.close", { roundId });
  await room.call("rounds.reveal", { roundId });
  room.close();
  return { eventId, asked: asked.map((p) => p.text) };
}

async function exportPdf(page: Page, testInfo: TestInfo): Promise<string> {
  await page.getByRole("button", { name: "Export PDF" }).click();
  const dialog = page.getByRole("dialog", { name: "Export the report as it is?" });
  // Asked about when the report has warnings; exported at once when it has none.
  await expect(dialog.or(page.getByText("PDF report:", { exact: false }))).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole("button", { name: "Export PDF anyway" }).click();
  await expect(page.getByText("PDF report: Done.")).toBeVisible({ timeout: 60_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF report" }).click();
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  return file;
}

async function openReport(page: Page, url: string, eventId: string) {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${url}/#/events/${eventId}/report`);
  const preview = page.frameLocator('iframe[title="Report preview"]');
  await expect(preview.getByRole("heading", { level: 2, name: "Your priorities" })).toBeVisible();
  return preview;
}

const redactAll = async (page: Page) => {
  await page.getByRole("button", { name: /^Redact all \d+ undecided$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /changes saved|Saving/ })).toHaveText("All changes saved");
};

test("a round revealed but not marked final gives the priorities, and the method note says so; never 'No vote was held.'", async ({ page, hearth }, testInfo) => {
  test.setTimeout(150_000);
  const { eventId } = await setUpWorkshop(hearth.url);
  const preview = await openReport(page, hearth.url, eventId);
  await expect(preview.getByText("No round was marked final, so these are the results of the last round whose results were shown.", { exact: false })).toBeVisible();
  await expect(preview.getByText("No vote was held.")).toHaveCount(0);
  await redactAll(page);
  const text = pdfText(await exportPdf(page, testInfo));
  expect(text).not.toContain("No vote was held.");
  expect(text).toContain("No round was marked final");
  expect(text).toContain("What matters most");
});

test("a street address waits for a decision like a name or a phone number, and is redacted in the PDF", async ({ page, hearth }, testInfo) => {
  test.setTimeout(150_000);
  const { eventId } = await setUpWorkshop(hearth.url);
  await openReport(page, hearth.url, eventId);
  const findings = page.getByRole("list", { name: "Findings" }).getByRole("listitem");
  // In the note, and again where the same note is a priority.
  await expect(findings.filter({ hasText: "14 Elm Walk" })).toHaveCount(2);
  for (const finding of await findings.filter({ hasText: "14 Elm Walk" }).all()) await expect(finding).toContainText("street address");
  await expect(page.getByRole("button", { name: "Export PDF" })).toBeDisabled();
  await redactAll(page);
  const text = pdfText(await exportPdf(page, testInfo));
  expect(text).not.toContain("14 Elm Walk");
  expect(text).toContain("[address removed]");
});

test("'What we asked' and the event page list the prompts asked, in the order they were asked", async ({ page, hearth }) => {
  test.setTimeout(120_000);
  const { eventId, asked } = await setUpWorkshop(hearth.url);
  expect(asked).toEqual(["What do we observe?", "What do we know for sure?", "What do we wonder about?"]);
  // The event page: the run sheet's order, not each stage's numbering mixed together.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${hearth.url}/#/events/${eventId}`);
  const promptFilter = page.getByLabel("Filter by prompt");
  await expect(promptFilter.locator("option").nth(2)).toHaveText("1. What do we observe?");
  await expect(promptFilter.locator("option").nth(3)).toHaveText("2. What do we know for sure?");
  await expect(promptFilter.locator("option").nth(5)).toHaveText("4. What does it mean?");
  // The report: the three "What?" prompts, in order; nothing of "So what?" or "Now what?", which were never reached.
  const preview = await openReport(page, hearth.url, eventId);
  await expect(preview.locator("section.section--what-we-asked li")).toHaveText(asked);
});

test("warnings before export: no contact, no next meeting, an empty section; export asks first", async ({ page, hearth }, testInfo) => {
  test.setTimeout(150_000);
  const { eventId } = await setUpWorkshop(hearth.url);
  await openReport(page, hearth.url, eventId);
  await redactAll(page);
  const check = page.getByRole("note", { name: "Before you export" });
  await expect(check).toContainText("no contact");
  await expect(check).toContainText("no next meeting");
  await expect(check).toContainText("“What happens next” has nothing in it yet.");
  await expect(check).toContainText("No vote round was marked final");
  // axe runs on the whole page, the preview frame included, and on the report document the frame shows.
  await expectNoSeriousA11yViolations(page);
  const room = await RoomClient.connect(hearth.url);
  const { html } = await room.call("reports.preview", { eventId });
  room.close();
  const reportDocument = await page.context().newPage();
  await reportDocument.setContent(html);
  await expect(reportDocument.getByRole("heading", { level: 2, name: "Your priorities" })).toBeVisible();
  await expectNoSeriousA11yViolations(reportDocument);
  await reportDocument.close();
  await page.screenshot({ path: `${SCREENS}/report-warnings.png`, fullPage: true });

  await page.getByRole("button", { name: "Export PDF" }).click();
  const dialog = page.getByRole("dialog", { name: "Export the report as it is?" });
  await expect(dialog).toContainText("no contact");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/report-export-confirm.png` });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("PDF report:", { exact: false })).toHaveCount(0);

  await page.getByLabel("Next meeting").fill("Tuesday 8 December, 6pm, St Barnabas community hall");
  await page.getByLabel("Contacts").fill("Northfield Community Partnership, at the community centre on weekdays");
  await expect(page.getByRole("status").filter({ hasText: /changes saved|Saving/ })).toHaveText("All changes saved");
  await expect(check).not.toContainText("no contact");
  await expect(check).not.toContainText("no next meeting");
  const text = pdfText(await exportPdf(page, testInfo));
  expect(text).toContain("St Barnabas community hall");
});
