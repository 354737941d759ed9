import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";

const screens = "test-results/screens";

/** "29:58" → seconds. */
const seconds = (text: string): number => {
  const [m, s] = text.split(":").map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
};
const clock = (total: number) => `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;

async function createEvent(page: Page, e: { title: string; kind: string | RegExp; neighbourhood?: string; partnership?: string; date?: string }) {
  const form = page.getByRole("region", { name: "New event" });
  await form.getByLabel("Title", { exact: true }).fill(e.title);
  await form.getByRole("radio", { name: e.kind }).check();
  await form.getByLabel("Neighbourhood", { exact: true }).fill(e.neighbourhood ?? "");
  await form.getByLabel("Partnership", { exact: true }).fill(e.partnership ?? "");
  await form.getByLabel("Date", { exact: true }).fill(e.date ?? "2026-11-14");
  await form.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: e.title })).toBeVisible();
}

const runBar = (page: Page) => page.locator("section.run-bar");
const timerOf = (page: Page) => runBar(page).getByRole("timer");

test("a listening event runs from its template through its stages, with a countdown every screen shows", async ({ page, context, browser, hearth }) => {
  test.setTimeout(120_000);
  await page.goto(hearth.url);
  // The kind chooser explains each kind in one line.
  const listening = page.getByRole("radio", { name: "Listening event" });
  await expect(listening).toBeChecked();
  await expect(listening).toHaveAccessibleDescription(/Residents say what matters/);
  await expect(page.getByRole("radio", { name: "Scrutiny: Ten challenging questions" })).toHaveAccessibleDescription(/ten challenging questions/);
  await createEvent(page, { title: "Elm Road listening event", kind: "Listening event", neighbourhood: "Elm Road estate", partnership: "Elm Road Partnership" });

  const bar = runBar(page);
  await expect(bar.getByRole("heading", { name: "Not started yet" })).toBeVisible();
  await expect(bar).toContainText("Planned");
  await expectNoSeriousA11yViolations(page);
  await bar.getByRole("button", { name: "Start the event" }).click();
  await expect(bar.getByRole("heading", { name: "Welcome" })).toBeVisible();
  await expect(bar).toContainText("Stage 1 of 5");
  await expect(bar).toContainText("Live now");
  await expect(timerOf(page)).toHaveText("10:00");
  await expect(bar.getByRole("button", { name: "Previous stage" })).toBeDisabled();

  await bar.getByRole("button", { name: "Next stage" }).click();
  await expect(bar.getByRole("heading", { name: "What matters to you" })).toBeVisible();
  await expect(bar.getByRole("list", { name: "Prompts" }).getByRole("listitem")).toHaveText([
    "What matters most to you about living here?",
    "What makes it hard to stay healthy and well here?",
    "What would make the biggest difference, and who could help?",
  ]);
  await expect(timerOf(page)).toHaveText("30:00");

  // A second tab, and a second device whose clock is two hours fast.
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(runBar(second).getByRole("heading", { name: "What matters to you" })).toBeVisible();
  const skewedContext = await browser.newContext();
  await skewedContext.clock.install({ time: Date.now() + 2 * 3600_000 });
  const skewed = await skewedContext.newPage();
  await skewed.goto(page.url());
  await expect(timerOf(skewed)).toHaveText("30:00");

  await bar.getByRole("button", { name: "Start timer" }).click();
  // It counts down in the second tab: the time shown falls below 30:00 and keeps falling.
  await expect(timerOf(second)).toHaveText(/^29:\d\d$/);
  const firstSeen = seconds(await timerOf(second).innerText());
  await expect.poll(async () => seconds(await timerOf(second).innerText()), { timeout: 10_000 }).toBeLessThan(firstSeen);
  await expect(runBar(second)).toContainText("Running");
  // The fast clock does not matter: the device counts in the room's time.
  await expect(timerOf(skewed)).toHaveText(/^29:\d\d$/);

  await page.screenshot({ path: `${screens}/run-event-page.png`, fullPage: true });
  await bar.getByRole("button", { name: "Pause timer" }).click();
  await expect(runBar(second)).toContainText("Paused");
  const pausedAt = await timerOf(page).innerText();
  // Paused, every screen shows the same time left.
  await expect(timerOf(second)).toHaveText(pausedAt);
  await expect(timerOf(skewed)).toHaveText(pausedAt);

  await bar.getByRole("button", { name: "+1 minute" }).click();
  const plusOne = clock(seconds(pausedAt) + 60);
  await expect(timerOf(page)).toHaveText(plusOne);
  await expect(timerOf(second)).toHaveText(plusOne);
  await expect(runBar(second)).toContainText("Paused");

  await bar.getByRole("button", { name: "Reset timer" }).click();
  await expect(timerOf(second)).toHaveText("30:00");
  await expect(runBar(second)).toContainText("Ready");
  await expectNoSeriousA11yViolations(second);

  // Previous, jump, and the end of the run sheet.
  await bar.getByRole("button", { name: "Previous stage" }).click();
  await expect(runBar(second).getByRole("heading", { name: "Welcome" })).toBeVisible();
  await bar.getByLabel("Go to stage").selectOption({ label: "5. Next steps" });
  await bar.getByRole("button", { name: "Go", exact: true }).click();
  await expect(bar.getByRole("heading", { name: "Next steps" })).toBeVisible();
  await expect(runBar(second)).toContainText("Stage 5 of 5");
  await expect(bar.getByRole("button", { name: "Next stage" })).toBeDisabled();

  await bar.getByRole("button", { name: "Close event" }).click();
  await page.getByRole("dialog", { name: "Close the event?" }).getByRole("button", { name: "Close event" }).click();
  await expect(runBar(second)).toContainText("Closed");
  await expect(bar.getByRole("button", { name: "Reopen event" })).toBeVisible();
  await expect(bar.getByRole("timer")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await skewedContext.close();
});

/** The stage editors on the set-up screen, in order. */
const stageEditors = (page: Page) => page.locator("li.stage-editor");
const stageEditor = (page: Page, title: string): Locator =>
  stageEditors(page).filter({ has: page.locator("legend", { hasText: new RegExp(`^Stage \\d+ ${title.replace(/[?()]/g, "\\$&")}( · running now)?$`) }) });
const legends = (page: Page) => page.locator(".stage-editor__legend");

test("the set-up edits stages and prompts, saves a template that a new event starts from, and the list filters", async ({ page, hearth }) => {
  test.setTimeout(120_000);
  await page.goto(hearth.url);
  await createEvent(page, { title: "Brookside deep dive", kind: "Adaptive Action workshop", neighbourhood: "Brookside", partnership: "Wirral West" });
  await runBar(page).getByRole("link", { name: "Set up stages and details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set up: Brookside deep dive" })).toBeVisible();
  await expect(legends(page)).toHaveText(["Stage 1 Welcome", "Stage 2 What?", "Stage 3 So what?", "Stage 4 Now what?"]);

  // Add a stage: it goes last.
  const add = page.getByRole("form", { name: "Add a stage" });
  await add.getByLabel("Stage title").fill("Tea break");
  await add.getByLabel("Kind").selectOption({ label: "Welcome" });
  await add.getByLabel("Timer (minutes)").fill("10");
  await add.getByRole("button", { name: "Add stage" }).click();
  await expect(legends(page)).toHaveText(["Stage 1 Welcome", "Stage 2 What?", "Stage 3 So what?", "Stage 4 Now what?", "Stage 5 Tea break"]);
  await expect(add.getByLabel("Stage title")).toHaveValue("");
  await expect(stageEditor(page, "Tea break").getByLabel("Timer (minutes)")).toHaveValue("10");

  // A refused edit says why and changes nothing.
  const what = stageEditor(page, "What?");
  await what.getByLabel("Timer (minutes)").fill("999");
  await what.getByRole("button", { name: "Save stage" }).click();
  await expect(what.getByRole("alert")).toHaveText("A timer runs for at most 240 minutes");
  // Rename a stage, with a timer and private writing.
  await what.getByLabel("Stage title").fill("What do we see?");
  await what.getByLabel("Timer (minutes)").fill("12");
  await what.getByLabel("Private writing").check();
  await what.getByRole("button", { name: "Save stage" }).click();
  await expect(legends(page).nth(1)).toHaveText("Stage 2 What do we see?");
  await expect(stageEditor(page, "What do we see?").getByLabel("Private writing")).toBeChecked();

  // Reorder by keyboard: "Tea break" up twice, focus staying on its button.
  const up = stageEditor(page, "Tea break").getByRole("button", { name: /Move up/ });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(legends(page).nth(3)).toHaveText("Stage 4 Tea break");
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(legends(page)).toHaveText(["Stage 1 Welcome", "Stage 2 What do we see?", "Stage 3 Tea break", "Stage 4 So what?", "Stage 5 Now what?"]);
  await expect(up).toBeFocused();

  // Remove a stage.
  await stageEditor(page, "Welcome").getByRole("button", { name: /Remove stage/ }).click();
  await expect(legends(page)).toHaveText(["Stage 1 What do we see?", "Stage 2 Tea break", "Stage 3 So what?", "Stage 4 Now what?"]);

  // Prompts: add (Polish and emoji), rename, move, remove.
  const see = stageEditor(page, "What do we see?");
  const promptBoxes = see.getByRole("list", { name: /Prompts of stage/ }).getByRole("textbox");
  const prompts = () => promptBoxes.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  await see.getByLabel("New prompt").fill("Co zauważyłeś? 👀");
  await see.getByRole("button", { name: "Add prompt" }).click();
  await expect.poll(prompts).toEqual(["What do we observe?", "What do we know for sure?", "What do we wonder about?", "Co zauważyłeś? 👀"]);
  await expect(see.getByLabel("New prompt")).toHaveValue("");
  await see.getByLabel("Prompt 2").fill("What do we know for certain?");
  await see.getByLabel("Prompt 2").press("Enter");
  await see.getByRole("button", { name: /Move up\s*: prompt Co zauważyłeś\? 👀$/ }).click();
  await expect.poll(prompts).toEqual(["What do we observe?", "What do we know for certain?", "Co zauważyłeś? 👀", "What do we wonder about?"]);
  await see.getByRole("button", { name: /^Remove\s*: prompt What do we wonder about\?$/ }).click();
  await expect.poll(prompts).toEqual(["What do we observe?", "What do we know for certain?", "Co zauważyłeś? 👀"]);

  // The event's details.
  const details = page.getByRole("region", { name: "Details" });
  await details.getByLabel("Venue").fill("Brookside library");
  await details.getByLabel("Feedback report due").fill("2026-11-20");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText("Details saved.");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/run-setup.png`, fullPage: true });

  // Save as template, then start a new event from it.
  const save = page.getByRole("region", { name: "Save as template" });
  await save.getByLabel("Template name").fill("Deep dive, short");
  await save.getByRole("button", { name: "Save as template" }).click();
  await expect(save.getByRole("status")).toContainText("Saved as “Deep dive, short”");
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Events" }).click();
  await expect(page.getByRole("radio", { name: "From template: Deep dive, short" })).toHaveAccessibleDescription(/4 stages/);
  await createEvent(page, { title: "Elm Road deep dive", kind: "From template: Deep dive, short", neighbourhood: "Elm Road estate", partnership: "Wirral West", date: "2026-12-01" });
  await runBar(page).getByRole("button", { name: "Start the event" }).click();
  await expect(runBar(page).getByRole("heading", { name: "What do we see?" })).toBeVisible();
  await expect(runBar(page).getByRole("list", { name: "Prompts" }).getByRole("listitem")).toHaveText([
    "What do we observe?",
    "What do we know for certain?",
    "Co zauważyłeś? 👀",
  ]);
  await expect(runBar(page)).toContainText("Private writing");
  await expect(timerOf(page)).toHaveText("12:00");

  // A third event, then the list filtered by neighbourhood, partnership and status.
  await page.getByRole("link", { name: "Events", exact: true }).click();
  // The form offers the names already in use.
  await expect(page.getByRole("region", { name: "New event" }).locator("datalist option")).toHaveCount(3);
  await createEvent(page, { title: "Elm Road partnership meeting", kind: "Partnership meeting", neighbourhood: "Elm Road estate", partnership: "Elm Road Partnership" });
  await page.getByRole("link", { name: "Events", exact: true }).click();
  const list = page.getByRole("list", { name: "All events" }).getByRole("listitem");
  const titles = page.locator(".event-list__link");
  await expect(list).toHaveCount(3);
  const filters = page.getByRole("search", { name: "Filter events" });
  await filters.getByLabel("Neighbourhood").selectOption("Elm Road estate");
  await expect(titles).toHaveText(["Elm Road deep dive", "Elm Road partnership meeting"]);
  await filters.getByLabel("Partnership").selectOption("Wirral West");
  await expect(titles).toHaveText(["Elm Road deep dive"]);
  await expect(page.getByText("Showing 1 of 3 events")).toBeVisible();
  await filters.getByLabel("Neighbourhood").selectOption("");
  await expect(titles).toHaveText(["Elm Road deep dive", "Brookside deep dive"]);
  await filters.getByLabel("Status").selectOption("live");
  await expect(titles).toHaveText(["Elm Road deep dive"]);
  await expect(list.first()).toContainText("Live now");
  await filters.getByLabel("Partnership").selectOption("");
  await filters.getByLabel("Status").selectOption("");
  await expect(list).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/run-events-list.png`, fullPage: true });
});
