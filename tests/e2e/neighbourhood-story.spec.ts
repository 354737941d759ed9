import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { newId } from "../../src/api";
import { letters, pdfPagesToScreens, pdfText, SCREENS } from "../support/pdf";
import { BROWSER_TEST_MS, BROWSER_WAIT_MS } from "../support/timeouts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, HearthServer, test } from "./support/hearth";
import { goToStage, openRound, runBar, typePaper } from "./support/phone-voting";
import { RoomClient } from "./support/room-client";
import { decideByKeyboard, exportByKeyboard } from "./support/thread-exports";
import { HOOD, listeningToFinalRound, PARTNERSHIP, themedEvent } from "./support/thread-setup";

// Every step waits for the room, never for ever: a stuck step fails in minutes, not at the test's end.
test.use({ actionTimeout: BROWSER_WAIT_MS });

const TITLES = ["Safe streets", "GP access", "مساحات للشباب"];
const QUOTES = ["The underpass is dark after six", "Queue on the phone at 8am every day", "Nowhere for teenagers to go"];
const PROGRESS = "Letter sent to the council";
const WIN = "New bench at the bus stop";

/** The words of `phrase` in order in `text`: a table's columns interleave in pdftotext's output when a cell wraps. */
function inOrder(text: string, phrase: string): boolean {
  const words = letters(phrase).split(/\s+/u).filter(Boolean);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
  return new RegExp(escaped.join("[\\s\\S]{0,300}?"), "u").test(letters(text));
}

const article = (page: Page, title: string) => page.getByRole("article").filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(title) }) });

/** The feedback report of an event, exported as a PDF from its report page after every finding is redacted. */
async function exportReport(page: Page, url: string, eventId: string, testInfo: TestInfo): Promise<string> {
  await page.goto(`${url}/#/events/${eventId}/report`);
  await expect(page.frameLocator('iframe[title="Report preview"]').getByRole("heading", { level: 2, name: "You said, we did" })).toBeVisible();
  for (const finding of await page.getByRole("list", { name: "Findings" }).getByRole("listitem").all()) await finding.getByRole("radio", { name: "Redact" }).check();
  await expect(page.getByRole("status").filter({ hasText: /changes saved|Saving/ })).toHaveText("All changes saved");
  await page.getByRole("button", { name: "Export PDF" }).click();
  const dialog = page.getByRole("dialog", { name: "Export the report as it is?" });
  await expect(dialog.or(page.getByText("PDF report:", { exact: false }))).toBeVisible();
  if (await dialog.isVisible()) await dialog.getByRole("button", { name: "Export PDF anyway" }).click();
  await expect(page.getByText("PDF report: Done.")).toBeVisible({ timeout: 90_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download PDF report" }).click();
  const file = testInfo.outputPath(`${testInfo.retry}-${Date.now()}-${(await download).suggestedFilename()}`);
  await (await download).saveAs(file);
  return file;
}

/** Everything the story recorded, on the neighbourhood page, in the third event's report and in the progress report. */
async function checkStory(page: Page, url: string, hoodId: string, thirdId: string, testInfo: TestInfo, label: string) {
  await page.goto(`${url}/#/neighbourhoods/${hoodId}`);
  await expect(page.getByRole("heading", { level: 1, name: HOOD })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(3);
  await expect(article(page, "Safe streets").getByRole("list", { name: "Progress" })).toContainText(PROGRESS);
  await expect(article(page, "Safe streets").getByRole("table", { name: "Where it came up" }).getByRole("row")).toHaveCount(3);
  await expect(page.getByRole("region", { name: "Wins" }).getByRole("list", { name: "Wins" })).toContainText(WIN);
  await expect(page.getByRole("region", { name: "Measures" }).getByRole("table", { name: "Readings" }).getByRole("row")).toHaveText([/Date/, /Tue 30 Jun 2026\s*4/, /Wed 30 Sep 2026\s*11/]);

  const report = pdfText(await exportReport(page, url, thirdId, testInfo));
  for (const words of ["You said", "We did", "Where it stands", ...TITLES, ...QUOTES, PROGRESS, `Win, 1 September 2026: ${WIN}`, "Some progress", "Not started", "Lead: Council lighting team"])
    expect(inOrder(report, words), `"${words}" in the report`).toBe(true);

  await page.goto(`${url}/#/neighbourhoods/${hoodId}`);
  await decideByKeyboard(page, /./);
  const progress = pdfText(await exportByKeyboard(page, testInfo, "Export progress report PDF", "Download Progress report PDF"));
  for (const words of ["one year on", ...TITLES, ...QUOTES, PROGRESS, WIN, "Some progress", "Not started", "Council lighting team", "People in the park after dark, 2 readings. 30 June 2026: 4 people; 30 September 2026: 11 people."])
    expect(letters(progress)).toContain(letters(words));
  await page.screenshot({ path: `${SCREENS}/story-${label}.png` });
}

/** A long spec: several exports and starts of Hearth, each given the browser tests' time. */
const STORY_MS = 5 * BROWSER_TEST_MS;

test("the neighbourhood thread from first event to one year on: adopted, reviewed on the wall, worked on, linked, reported; the same after a restart and in a fresh copy", async ({ page, context, hearth }, testInfo) => {
  test.setTimeout(STORY_MS);
  await page.setViewportSize({ width: 1366, height: 900 });
  const room = await RoomClient.connect(hearth.url);

  // 1. A listening event, its themes sorted, run to a revealed final round on the voting page.
  const first = await themedEvent(room, { date: "2026-06-20" });
  await openRound(page, hearth.url, first.eventId, { dots: 3, perItem: 3 });
  await typePaper(page, { "Safe streets": 9, "GP access": 6, "مساحات للشباب": 4, "Damp homes": 1 });
  await page.getByRole("button", { name: "Close voting" }).click();
  await page.getByRole("button", { name: "Reveal results" }).click();
  await page.getByRole("button", { name: "Mark as the final round" }).click();
  await expect(page.getByRole("button", { name: "Final round ✓ (these are the priorities)" })).toHaveAttribute("aria-pressed", "true");

  // 2. Three priorities adopted, each with its first note as residents' words; an action works towards the first.
  await page.goto(`${hearth.url}/#/events/${first.eventId}`);
  await page.getByRole("tab", { name: /Actions/ }).click();
  const panel = page.getByRole("region", { name: "Neighbourhood thread" });
  await panel.getByRole("button", { name: "Make these neighbourhood priorities (3)" }).click();
  await expect(panel.getByText(/Already priorities:/)).toContainText("Safe streets");
  await room.call("actions.add", { id: newId(), eventId: first.eventId, text: "Ask the council to light the underpass", owner: "Residents' association" });
  await page.reload();
  await panel.getByLabel("Ask the council to light the underpass: works towards priority").selectOption({ label: "Safe streets" });
  await expect(panel.getByLabel("Ask the council to light the underpass: works towards priority")).not.toHaveValue("");
  const hood = (await room.call("neighbourhoods.ofEvent", { eventId: first.eventId })).neighbourhood!;

  // 3. A month later the partnership meeting reaches "Review commitments": the wall (a second page) shows the three.
  const meetingId = newId();
  await room.call("events.create", { id: meetingId, kind: "partnership", title: "July partnership meeting", neighbourhood: HOOD, partnership: PARTNERSHIP, date: "2026-07-20" });
  await page.goto(`${hearth.url}/#/events/${meetingId}`);
  await runBar(page).getByRole("button", { name: "Start the event" }).click();
  await goToStage(page, hearth.url, meetingId, "2. Review commitments");
  const wall = await context.newPage();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await wall.goto(`${hearth.url}/#/events/${meetingId}/projector`);
  const onWall = wall.getByRole("list", { name: "Priorities" }).locator(":scope > li");
  await expect(onWall).toHaveCount(3);
  for (const [i, title] of TITLES.entries()) await expect(onWall.nth(i)).toContainText(title);

  // 4. At the meeting: a progress line, a status and lead, a win, and a measure with two readings.
  await page.goto(`${hearth.url}/#/neighbourhoods/${hood.id}`);
  const safe = article(page, "Safe streets");
  await safe.getByLabel("Progress line").fill(PROGRESS);
  await safe.getByLabel("On", { exact: true }).fill("2026-07-20");
  await safe.getByRole("combobox", { name: "Action status" }).selectOption("in-progress");
  await safe.getByLabel("Progress line").press("Enter");
  await expect(safe.getByRole("list", { name: "Progress" })).toContainText(PROGRESS);
  await expect(onWall.nth(0)).toContainText(`Ask the council to light the underpass: In progress · ${PROGRESS}`);
  await safe.getByRole("combobox", { name: "Status", exact: true }).selectOption("some-progress");
  await safe.getByLabel("Status as of").fill("2026-07-20");
  await safe.getByLabel("Lead (a role or organisation)").fill("Council lighting team");
  await safe.getByLabel("Lead (a role or organisation)").press("Enter");
  await expect(safe.getByRole("heading", { level: 3 })).toContainText("Some progress");
  await expect(onWall.nth(0)).toContainText("Some progress");
  await wall.screenshot({ path: `${SCREENS}/story-review-wall.png` });

  const wins = page.getByRole("region", { name: "Wins" });
  await wins.getByLabel("Win", { exact: true }).fill(WIN);
  await wins.getByLabel("Date").fill("2026-09-01");
  await wins.getByRole("combobox", { name: "For priority" }).selectOption({ label: "Safe streets" });
  await wins.getByLabel("Win", { exact: true }).press("Enter");
  await expect(wins.getByRole("list", { name: "Wins" })).toContainText(WIN);
  const measures = page.getByRole("region", { name: "Measures" });
  await measures.getByLabel("Measure", { exact: true }).fill("People in the park after dark");
  await measures.getByLabel("Unit").fill("people");
  await measures.getByLabel("Source", { exact: true }).fill("Residents' count");
  await measures.getByRole("combobox", { name: "For priority" }).selectOption({ label: "Safe streets" });
  await measures.getByLabel("Measure", { exact: true }).press("Enter");
  const reading = measures.getByRole("form", { name: "Add a reading of People in the park after dark" });
  for (const [on, value] of [["2026-06-30", "4"], ["2026-09-30", "11"]] as const) {
    await reading.getByLabel("Date").fill(on);
    await reading.getByLabel("Value").fill(value);
    await reading.getByLabel("Value").press("Enter");
    await expect(reading.getByLabel("Value")).toHaveValue("");
  }
  await wall.close();

  // 5. A third event links its theme to the priority.
  const third = await listeningToFinalRound(room, { date: "2026-11-14", title: "Elm Road autumn event", dots: [3, 7, 2, 1] });
  room.close();
  await page.goto(`${hearth.url}/#/events/${third.eventId}`);
  await page.getByRole("tab", { name: /Actions/ }).click();
  await panel.getByLabel("Safe streets: the same as priority").selectOption({ label: "Safe streets" });
  await expect(panel.getByLabel("Safe streets: the same as priority")).not.toHaveValue("");

  // 6. Its feedback report covers all three priorities; the neighbourhood's progress report too.
  await checkStory(page, hearth.url, hood.id, third.eventId, testInfo, "first");
  await expectNoSeriousA11yViolations(page);

  // 7. The same after the room restarts on the same data folder.
  await hearth.restart();
  await checkStory(page, hearth.url, hood.id, third.eventId, testInfo, "restarted");

  // 8. And in a fresh copy of Hearth, moved there by the neighbourhood's archive.
  await page.goto(`${hearth.url}/#/neighbourhoods/${hood.id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the neighbourhood's archive" }).click()]);
  const archive = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(archive);
  const dir = await mkdtemp(join(tmpdir(), "hearth-e2e-story-"));
  const copy = new HearthServer(dir);
  try {
    await copy.start();
    await page.goto(`${copy.url}/#/neighbourhoods`);
    await page.getByLabel("Import a neighbourhood archive").setInputFiles(archive);
    await expect(page.getByRole("heading", { level: 1, name: HOOD })).toBeVisible();
    await checkStory(page, copy.url, hood.id, third.eventId, testInfo, "moved");
    pdfPagesToScreens(await exportByKeyboard(page, testInfo, "Export progress report PDF", "Download Progress report PDF"), "story-progress-moved", 60);
  } finally {
    await copy.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
