import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

const NOTES = [
  "No shelter at the Elm Road bus stop",
  "Lifts in Brook House broken for weeks",
  "GP phone queue: gave up after 40 minutes",
  "Damp and mould in the flats",
  "لا توجد إضاءة في الحديقة ليلاً",
  "Sąsiedzi są życzliwi, ale brakuje miejsc dla dzieci",
  "Young people have nothing to do 😞",
  "Cost of heating this winter",
  "<b>Drug dealing</b> by the garages",
];

/** A new event with the notes typed in at the capture screen, then its voting page. */
async function eventWithNotes(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel("Title").fill("Elm Road listening event");
  await page.getByRole("button", { name: "Create event" }).click();
  const box = page.getByLabel("New note");
  for (const text of NOTES) {
    await box.fill(text);
    await box.press("Enter");
  }
  await expect(page.getByRole("list", { name: "Notes" }).getByRole("listitem")).toHaveCount(NOTES.length);
  // Dot voting on a page of its own (it is also the run view's Voting tab).
  await page.goto(`${page.url()}/voting`);
  await expect(page.getByRole("heading", { level: 1, name: "Dot voting" })).toBeVisible();
}

/** Types paper counts into the grid from its first box, Tab to the next, as a helper would. */
async function typePaperCounts(page: Page, counts: readonly number[]): Promise<void> {
  const grid = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Dots on paper" }) });
  await grid.getByRole("textbox").first().focus();
  for (const n of counts) {
    await page.keyboard.type(String(n));
    await page.keyboard.press("Tab");
  }
}

/** Fills a ballot at the laptop for one resident and casts it. */
async function castFor(page: Page, dots: Record<string, number>): Promise<void> {
  await page.getByRole("button", { name: "New ballot for a resident" }).click();
  for (const [label, n] of Object.entries(dots))
    for (let i = 0; i < n; i++) await page.getByRole("button", { name: `Add a dot: ${label}` }).click();
  const total = Object.values(dots).reduce((a, b) => a + b, 0);
  await page.getByRole("button", { name: `Cast ${total} dot${total === 1 ? "" : "s"}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "for a resident" })).toHaveText(`Cast ${total} dot${total === 1 ? "" : "s"} for a resident.`);
}

const rows = (page: Page) => page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Voters" }) }).locator("tbody tr");

test("a blind round takes paper counts and laptop votes, stays hidden until revealed, then a runoff is compared with it", async ({ page, hearth }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await eventWithNotes(page, hearth.url);
  await expect(page.getByText("No voting rounds yet.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The new round: the budget helper suggests a third of the 9 notes.
  await page.getByRole("button", { name: "+ New round" }).click();
  await expect(page.getByText("9 items to vote on (every note on the board).")).toBeVisible();
  await expect(page.getByText("Suggested: 3. With 9 items, about a third, rounded down, is 3 dots per person.")).toBeVisible();
  await expect(page.getByLabel("Dots per person")).toHaveValue("3");
  await page.getByLabel("Most dots on one item").fill("2");
  await expect(page.getByLabel("Blind: show only how many have voted until I reveal the results")).toBeChecked();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/voting-new-round.png`, fullPage: true });
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Residents' round" })).toBeVisible();
  await expect(page.getByText("3 dots each · at most 2 on one item · 9 notes · blind until revealed")).toBeVisible();

  await page.getByRole("button", { name: "Open voting" }).click();
  await expect(page.locator(".round-pill")).toHaveText("Voting open");

  // Paper counts, typed from the board with Tab between boxes.
  await typePaperCounts(page, [12, 7, 7, 3, 9, 0, 4, 1, 2]);
  await expect(page.locator(".round-status__counts")).toHaveText("0 voters, 45 dots");

  // Two residents without phones vote at the laptop; the caps hold there too.
  await page.getByRole("button", { name: "New ballot for a resident" }).click();
  const addShelter = page.getByRole("button", { name: "Add a dot: No shelter at the Elm Road bus stop" });
  await addShelter.click();
  await addShelter.click();
  await expect(addShelter).toBeDisabled(); // at most 2 on one item
  await expect(page.getByText("Dots left: 1 of 3")).toBeVisible();
  await page.getByRole("button", { name: "Add a dot: Damp and mould in the flats" }).click();
  await expect(page.getByText("Dots left: 0 of 3")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add a dot: Cost of heating this winter" })).toBeDisabled();
  await page.getByRole("button", { name: "Cast 3 dots" }).click();
  await expect(page.getByText("Cast 3 dots for a resident.")).toBeVisible();
  await castFor(page, { "Damp and mould in the flats": 1, "لا توجد إضاءة في الحديقة ليلاً": 1 });
  await expect(page.locator(".round-status__counts")).toHaveText("2 voters, 50 dots");

  // A miscount corrected: the history keeps both entries.
  const lifts = page.getByRole("textbox", { name: "Lifts in Brook House broken for weeks" });
  await lifts.fill("10");
  await lifts.press("Enter");
  await expect(page.locator(".round-status__counts")).toHaveText("2 voters, 53 dots");
  await page.getByText("History of paper counts").click();
  await expect(page.locator(".paper-history__list li").first()).toContainText("Lifts in Brook House broken for weeks: 7 → 10 (corrected) by the facilitator");
  // Bad counts are refused in words and change nothing.
  await lifts.fill("1000");
  await lifts.press("Tab");
  await expect(page.getByRole("alert")).toHaveText("A paper count is at most 999; check the count");
  await lifts.fill("10");
  await lifts.press("Tab");
  await expect(page.getByRole("alert")).toHaveCount(0);

  // Blind: nothing but the counts shows until the reveal.
  await expect(page.getByText("This is a blind round: results stay hidden")).toBeVisible();
  await expect(page.locator(".results-chart")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/voting-blind-open.png`, fullPage: true });

  await page.getByRole("button", { name: "Close voting" }).click();
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(page.locator(".round-pill")).toHaveText("Results revealed");
  await expect(rows(page)).toHaveCount(9);
  // Ranked, ties shown as ties, phone/laptop/paper apart and together.
  await expect(rows(page).nth(0)).toHaveText(["1", "No shelter at the Elm Road bus stop", "14", "1", "0", "2", "12"].join(""));
  await expect(rows(page).nth(1).locator("td").first()).toHaveText("=2 (tied)");
  await expect(rows(page).nth(2).locator("td").first()).toHaveText("=2 (tied)");
  // 10 on paper against 9 on paper and 1 at the laptop: tied items follow each other in label order.
  await expect(rows(page).nth(1).locator("th")).toHaveText("Lifts in Brook House broken for weeks");
  await expect(rows(page).nth(2)).toHaveText(["=2 (tied)", "لا توجد إضاءة في الحديقة ليلاً", "10", "1", "0", "1", "9"].join(""));
  await expect(rows(page).nth(3).locator("td").first()).toHaveText("4");
  await expect(page.locator(".results-table tfoot tr")).toHaveText(["", "All items", "53", "2", "0", "5", "48"].join(""));
  await expect(page.locator(".results-chart__dots").first()).toHaveText("14");
  // Residents' markup is shown as text.
  await expect(rows(page).getByRole("rowheader", { name: "<b>Drug dealing</b> by the garages" })).toBeVisible();
  await page.getByRole("button", { name: "Mark as the final round" }).click();
  await expect(page.getByRole("button", { name: "Final round ✓ (these are the priorities)" })).toHaveAttribute("aria-pressed", "true");
  await expectNoSeriousA11yViolations(page);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole("heading", { name: "Results" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: `${screens}/voting-results-1920.png` });
  await page.locator(".results-chart").screenshot({ path: `${screens}/voting-chart-1920.png` });

  // A runoff among the top 2: the tie for second place brings both tied items in.
  await page.getByLabel("Runoff among the top").fill("2");
  await page.getByRole("button", { name: "Create runoff round" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Runoff of the top 2" })).toBeVisible();
  await expect(page.getByText("1 dot each · one dot per item · 3 notes · blind until revealed")).toBeVisible();
  await page.getByRole("button", { name: "Open voting" }).click();
  await typePaperCounts(page, [10, 15, 15]);
  await castFor(page, { "Lifts in Brook House broken for weeks": 1 });
  await page.getByRole("button", { name: "Close voting" }).click();
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(rows(page).first().locator("td").first()).toHaveText("1");

  // Both rounds side by side.
  const compare = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: /Runoff of the top 2/ }) });
  await expect(compare.getByRole("columnheader")).toHaveText(["Item", /Residents' round.*53 dots · final/, /Runoff of the top 2.*41 dots/]);
  await expect(compare.getByRole("row", { name: /Lifts in Brook House/ })).toHaveText("Lifts in Brook House broken for weeks=2 · 10 dots1 · 16 dots");
  await expect(compare.getByRole("row", { name: /Cost of heating/ })).toHaveText("Cost of heating this winter8 · 1 dot—");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/voting-compare-1920.png`, fullPage: true });

  // All of it is the room's: a reload shows the same.
  await page.reload();
  await expect(page.getByRole("button", { name: /Residents' round.*final/ })).toBeVisible();
  await expect(compare.getByRole("row")).toHaveCount(10);
});

test("the ballot works at phone size: large targets, dots left, and the caps", async ({ page, hearth }) => {
  await eventWithNotes(page, hearth.url);
  await page.getByRole("button", { name: "+ New round" }).click();
  await page.getByRole("button", { name: "Create round" }).click();
  await page.getByRole("button", { name: "Open voting" }).click();
  await page.setViewportSize({ width: 360, height: 640 });
  await page.getByRole("button", { name: "New ballot for a resident" }).click();
  const add = page.getByRole("button", { name: "Add a dot: لا توجد إضاءة في الحديقة ليلاً" });
  await add.scrollIntoViewIfNeeded();
  const box = await add.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(48);
  expect(box?.height).toBeGreaterThanOrEqual(48);
  await add.click();
  await expect(add).toBeDisabled(); // one dot per item by default
  await expect(page.getByText("Dots left: 2 of 3")).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/voting-ballot-360.png` });
});
