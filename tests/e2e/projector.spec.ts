import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";
import { textBelow, wallHygiene } from "./support/legibility";
import { eventUrl, seedEvent as seedBoardEvent, startPrivateWriting } from "./support/board";
import { seedEvent } from "./support/room-client";

const screens = "test-results/screens";
/** Body text at least 28 px on a 1920×1080 wall, scaled with the wall's size. */
const floorFor = (height: number) => 28 * Math.min(1, height / 1080);
const AAA = 7;

async function expectLegible(wall: Page, width: number, height: number, name: string) {
  await wall.setViewportSize({ width, height });
  await expect.poll(async () => (await wallHygiene(wall)).scrolls).toBe(false);
  const { checked, problems } = await textBelow(wall, floorFor(height), AAA);
  expect(checked, "some text was measured").toBeGreaterThan(0);
  expect(problems, `text below ${floorFor(height).toFixed(1)} px or 7:1 at ${width}×${height}`).toEqual([]);
  const hygiene = await wallHygiene(wall);
  expect(hygiene.controls).toBe(0);
  expect(hygiene.cursor).toBe("none");
  await wall.screenshot({ path: `${screens}/projector-${name}-${width}x${height}.png`, animations: "disabled" });
}

test("the projector follows the facilitator: live notes, spotlight, contrast and blank, legible at both sizes", async ({ page, context, hearth }) => {
  const eventId = await seedEvent(hearth.url, "Elm Road listening event", [
    "No shelter at the Elm Road bus stop, older people wait in the rain",
    "Lifts in Brook House broken for weeks",
    "لا توجد إضاءة في الحديقة ليلاً",
    "بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں",
    "Sąsiedzi są życzliwi, ale brakuje miejsc dla dzieci",
    "Loneliness. Since the library closed there's nowhere to go 😞",
    "<script>alert('x')</script>",
  ]);
  await page.goto(`${hearth.url}/#/events/${eventId}`);
  const [wall] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Open projector" }).click()]);
  await wall.setViewportSize({ width: 1920, height: 1080 });
  const notes = wall.locator(".wall__note");
  await expect(notes).toHaveCount(7);
  await expect(notes.nth(6)).toHaveText("<script>alert('x')</script>");
  expect(await wall.locator(".wall__text", { hasText: "لا توجد" }).evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  await expectLegible(wall, 1920, 1080, "notes");
  await expectLegible(wall, 1280, 720, "notes");
  await expectNoSeriousA11yViolations(wall);

  // A note typed on the laptop appears on the wall, and nothing already there moves.
  const before = await notes.first().boundingBox();
  await page.getByLabel("New note").fill("Damp and mould in the flats");
  await page.getByLabel("New note").press("Enter");
  await expect(notes).toHaveCount(8);
  await expect(notes.nth(7)).toHaveText("Damp and mould in the flats");
  expect(await notes.first().boundingBox()).toEqual(before);

  // Spotlight one note: it fills the screen. (The projector's controls are a tab of the run view.)
  await page.getByRole("tab", { name: /Projector/ }).click();
  const spotlight = page.getByRole("combobox", { name: "Spotlight" });
  await spotlight.fill("Lifts in Brook");
  await page.getByRole("option", { name: "Note: Lifts in Brook House broken for weeks" }).click();
  await expect(wall.locator(".spotlight__text")).toHaveText("Lifts in Brook House broken for weeks");
  await expect(notes).toHaveCount(0);
  await expectLegible(wall, 1920, 1080, "spotlight");
  await spotlight.click();
  await page.getByRole("option", { name: "Nothing in the spotlight" }).click();
  await expect(notes).toHaveCount(8);

  // The light look keeps the same rules.
  await page.getByLabel("Black text on white").check();
  await expect(wall.locator("main.projector--light")).toBeVisible();
  await expectLegible(wall, 1920, 1080, "light");
  await expectLegible(wall, 1280, 720, "light");
  await expectNoSeriousA11yViolations(wall);

  // Blank: nothing at all on the wall, until unblanked.
  await page.getByRole("button", { name: "Blank screen" }).click();
  await expect(wall.locator("main.projector--blank")).toBeVisible();
  expect(await wall.evaluate(() => document.body.innerText.trim())).toBe("");
  await page.getByRole("button", { name: "Unblank screen" }).click();
  await expect(notes).toHaveCount(8);
  await expectNoSeriousA11yViolations(page);
});

test("with 200 notes the wall pages instead of shrinking the text", async ({ page, hearth }) => {
  const texts = Array.from({ length: 200 }, (_, i) => `Note ${i + 1}: ${i % 3 === 0 ? "the bus stop has no shelter and the timetable is wrong" : i % 3 === 1 ? "لا توجد إضاءة في الحديقة ليلاً" : "GP phone queue, gave up after 40 minutes"}`);
  const eventId = await seedEvent(hearth.url, "A busy hall", texts);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${hearth.url}/#/events/${eventId}/projector`);
  await expect(page.locator(".projector__footer")).toContainText("200 notes · page");
  const perPage = await page.locator(".wall__note").count();
  expect(perPage).toBeGreaterThanOrEqual(6);
  expect(perPage).toBeLessThan(30);
  await expectLegible(page, 1920, 1080, "200-notes");
  await expect(page.locator(".projector__footer")).toContainText("200 notes · page");
  await expectLegible(page, 1280, 720, "200-notes");
});

test("the wall follows the run sheet and its timer, shows how to join, and works on another machine with the projector link", async ({ page, context, browser, hearth }) => {
  test.setTimeout(120_000);
  await page.goto(hearth.url);
  await page.getByRole("region", { name: "New event" }).getByLabel("Title", { exact: true }).fill("Elm Road listening event");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Elm Road listening event" })).toBeVisible();
  const eventUrl = page.url();
  const [wall] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Open projector" }).click()]);
  await wall.setViewportSize({ width: 1920, height: 1080 });

  // Stage by stage: the wall shows each stage, its question and its countdown.
  const bar = page.locator("section.run-bar");
  await bar.getByRole("button", { name: "Start the event" }).click();
  await expect(wall.locator(".projector__stage")).toHaveText("Welcome");
  await bar.getByRole("button", { name: "Next stage" }).click();
  await expect(wall.locator(".projector__stage")).toHaveText("What matters to you");
  await expect(wall.locator(".projector__prompt")).toHaveText("What matters most to you about living here?");
  await expect(wall.getByRole("timer")).toHaveText("30:00");
  await bar.getByRole("button", { name: "Start timer" }).click();
  await expect(wall.getByRole("timer")).toHaveText(/^29:\d\d$/);
  await expect(wall.locator(".countdown")).toContainText("Running");
  await expectLegible(wall, 1920, 1080, "stage-timer");
  await expectLegible(wall, 1280, 720, "stage-timer");

  // Let devices join: the wall shows the QR code, the address and the code to type.
  await page.goto(`${hearth.url}/#/events/${eventUrl.split("/").pop()}/devices`);
  await page.getByRole("button", { name: "Let devices join" }).click();
  await expect(page.getByRole("heading", { name: "Devices can join" })).toBeVisible();
  const code = await page.locator(".invite__code").getAttribute("data-code");
  await expect(wall.locator(".join-corner__code")).toHaveText(code ?? "no code");
  await expect(wall.getByRole("img", { name: "QR code to join from a phone" })).toBeVisible();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await expectLegible(wall, 1920, 1080, "join");
  await expectNoSeriousA11yViolations(wall);

  // Another machine in the hall opens the projector link: it is the wall, not a phone screen.
  await page.getByRole("button", { name: "Projector", exact: true }).click();
  const projectorLink = await page.getByLabel("Link for projector").inputValue();
  const remote = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const remoteWall = await remote.newPage();
  await remoteWall.goto(projectorLink);
  await expect(remoteWall.locator(".projector__stage")).toHaveText("What matters to you");
  await expect(remoteWall.getByRole("timer")).toHaveText(/^\d\d:\d\d$/);
  await expectLegible(remoteWall, 1280, 720, "remote");
  await remote.close();
});

test("during a vote the wall shows only how many have voted, then the ranked results once revealed", async ({ page, context, hearth }) => {
  test.setTimeout(90_000);
  const eventId = await seedEvent(hearth.url, "Elm Road listening event", ["No shelter at the bus stop", "Lifts broken for weeks", "لا توجد إضاءة في الحديقة ليلاً", "GP phone queue"]);
  await page.goto(`${hearth.url}/#/events/${eventId}/voting`);
  await page.getByRole("button", { name: "+ New round" }).click();
  await page.getByRole("button", { name: "Create round" }).click();
  await page.getByRole("button", { name: "Open voting" }).click();
  const wall = await context.newPage();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await wall.goto(`${hearth.url}/#/events/${eventId}/projector`);
  await page.evaluate(() => undefined);
  // The facilitator puts the vote on the wall.
  const event = await context.newPage();
  await event.goto(`${hearth.url}/#/events/${eventId}`);
  await event.getByRole("tab", { name: /Projector/ }).click();
  await event.getByRole("radio", { name: "Voting" }).check();
  await expect(wall.locator(".turnout-wall__counts")).toHaveText("0 dots from 0 phones, 0 paper dots");

  // Paper counts and one resident at the laptop: the wall counts them, but shows no result (blind).
  const grid = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Dots on paper" }) });
  await grid.getByRole("textbox").first().focus();
  for (const n of [5, 2, 8, 0]) {
    await page.keyboard.type(String(n));
    await page.keyboard.press("Tab");
  }
  await expect(wall.locator(".turnout-wall__counts")).toHaveText("0 dots from 0 phones, 15 paper dots");
  await expect(wall.locator(".results-wall")).toHaveCount(0);
  await expectLegible(wall, 1920, 1080, "turnout");

  await page.getByRole("button", { name: "Close voting" }).click();
  await page.getByRole("button", { name: "Reveal results" }).click();
  const rowsOnWall = wall.locator(".results-wall__row");
  await expect(rowsOnWall).toHaveCount(4);
  await expect(rowsOnWall.nth(0)).toContainText("لا توجد إضاءة في الحديقة ليلاً");
  await expect(rowsOnWall.nth(0).locator(".results-wall__dots")).toHaveText("8 dots");
  await expect(rowsOnWall.nth(1).locator(".results-wall__rank")).toHaveText("2");
  await expectLegible(wall, 1920, 1080, "results");
  await expectLegible(wall, 1280, 720, "results");
  await expectNoSeriousA11yViolations(wall);
});

test("during private writing the wall shows only how many notes wait, and the notes once revealed", async ({ page, context, hearth }) => {
  const eventId = await seedBoardEvent(hearth, { notes: [{ text: "Said out loud before" }] });
  await startPrivateWriting(hearth, eventId);
  await page.goto(eventUrl(hearth, eventId));
  const wall = await context.newPage();
  await wall.setViewportSize({ width: 1920, height: 1080 });
  await wall.goto(`${eventUrl(hearth, eventId)}/projector`);
  const box = page.getByLabel("New note");
  await box.fill("My carer has not visited for a month");
  await box.press("Enter");
  await expect(wall.locator(".projector__message")).toHaveText(/Private writing: 1 note written so far/);
  expect(await wall.content()).not.toContain("carer");
  await expectLegible(wall, 1920, 1080, "private");
  await page.getByRole("button", { name: "Reveal private notes" }).click();
  await expect(wall.locator(".wall__note")).toHaveText(["Said out loud before", "My carer has not visited for a month"]);
});
