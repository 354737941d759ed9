import { readFileSync } from "node:fs";
import { newId } from "../../src/api";
import { addDays, localToday } from "../../src/core";
import { letters, pdfPagesToScreens, pdfText, SCREENS } from "../support/pdf";
import { BROWSER_TEST_MS } from "../support/timeouts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";
import { RoomClient } from "./support/room-client";
import { decideByKeyboard, exportByKeyboard, exportsRegion } from "./support/thread-exports";
import { HOOD, listeningToFinalRound } from "./support/thread-setup";

/** A long spec: several exports and starts of Hearth, each given the browser tests' time. */
const EXPORTS_MS = 2 * BROWSER_TEST_MS;

test("the neighbourhood page exports a progress report and a good-news sheet (PDF, Markdown) after the review of personal data, by keyboard", async ({ page, hearth }, testInfo) => {
  test.setTimeout(EXPORTS_MS);
  const today = localToday();
  const room = await RoomClient.connect(hearth.url);
  const { eventId } = await listeningToFinalRound(room, { date: addDays(today, -300) });
  const candidates = await room.call("priorities.candidates", { eventId });
  const [safe, gp, young] = await room.call("priorities.adopt", {
    eventId,
    priorities: candidates.items.slice(0, 3).map((i) => ({ id: newId(), itemId: i.itemId, quoteNoteIds: i.notes.slice(0, 1).map((n) => n.id) })),
  });
  const hood = safe!.neighbourhoodId;
  await room.call("priorities.update", { id: safe!.id, lead: "Elm Road TRA" });
  await room.call("priorities.update", { id: gp!.id, lead: "Practice manager" });
  await room.call("priorities.setStatus", { id: newId(), priorityId: safe!.id, status: "some-progress", on: addDays(today, -60) });
  await room.call("priorities.setStatus", { id: newId(), priorityId: gp!.id, status: "partly-met", on: addDays(today, -30) });
  await room.call("wins.add", { id: newId(), neighbourhoodId: hood, priorityId: safe!.id, on: addDays(today, -20), text: "New lights in the underpass: ring 07700 900123 to volunteer" });
  await room.call("wins.add", { id: newId(), neighbourhoodId: hood, priorityId: young!.id, on: addDays(today, -10), text: "نادي الشباب يفتح كل جمعة" });
  await room.call("wins.add", { id: newId(), neighbourhoodId: hood, priorityId: null, on: addDays(today, -200), text: "Spring litter pick" });
  room.close();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${hearth.url}/#/neighbourhoods/${hood}`);
  await expect(page.getByRole("heading", { level: 1, name: HOOD })).toBeVisible();
  const region = exportsRegion(page);
  const phone = region.getByRole("list", { name: "Findings" }).getByRole("listitem").filter({ hasText: "07700 900123" });
  await expect(phone).toContainText("phone number in a win");
  // Nothing leaves before every finding is decided.
  await expect(region.getByRole("button", { name: "Export progress report PDF" })).toBeDisabled();
  await decideByKeyboard(page, /07700/);
  await expectNoSeriousA11yViolations(page);
  await region.screenshot({ path: `${SCREENS}/neighbourhood-exports.png` });

  const progress = await exportByKeyboard(page, testInfo, "Export progress report PDF", "Download Progress report PDF");
  const text = pdfText(progress);
  for (const words of ["one year on", "Safe streets", "GP access", "مساحات للشباب", "Some progress", "Partly met", "Not started", "Elm Road TRA", "Practice manager", "New lights in the underpass", "[phone number removed]", "The underpass is dark after six", "rank 1, 9 dots"])
    expect(letters(text)).toContain(letters(words));
  expect(text).not.toContain("07700");
  pdfPagesToScreens(progress, "e2e-progress-report", 70);

  // Good news: the last three months by default; the radio group moves by arrow keys.
  await region.getByRole("radio", { name: /^Progress report/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(region.getByRole("radio", { name: /^Good news/ })).toBeChecked();
  await expect(region.getByLabel("to", { exact: true })).toHaveValue(today);
  await expect(region.getByText("2 wins in this period")).toBeVisible();
  await expect(region.getByRole("status").first()).toHaveText(/^(All \d+|The one finding is) decided/);
  const sheet = await exportByKeyboard(page, testInfo, "Export good news PDF", "Download Good news PDF");
  const news = pdfText(sheet);
  expect(news).toContain(`Good news from ${HOOD}`);
  expect(news).toContain("New lights in the underpass: ring [phone number removed] to volunteer");
  expect(letters(news)).toContain(letters("نادي الشباب يفتح كل جمعة"));
  expect(news).not.toContain("07700");
  expect(news).not.toContain("Spring litter pick");
  pdfPagesToScreens(sheet, "e2e-good-news", 70);
  const md = readFileSync(await exportByKeyboard(page, testInfo, "Export good news Markdown", "Download Good news Markdown"), "utf8");
  expect(md).toContain(`# Good news from ${HOOD}`);
  expect(md).toContain("ring \\[phone number removed\\] to volunteer");
  expect(md).not.toContain("07700");
  await expectNoSeriousA11yViolations(page);
});
