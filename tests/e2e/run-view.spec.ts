import type { Page } from "@playwright/test";
import { newId } from "../../src/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { board } from "./support/board";
import { screens } from "./support/devices";
import { expect, test } from "./support/hearth";
import { listeningEvent } from "./support/phone-voting";
import { RoomClient } from "./support/room-client";

const SAYINGS = [
  "No shelter at the Elm Road bus stop",
  "Lifts in Brook House broken for weeks",
  "لا توجد إضاءة في الحديقة ليلاً",
  "GP phone queue, gave up after 40 minutes",
  "Nowhere for teenagers to go after school",
  "Damp and mould in the flats on Cedar Way",
];
const notes = (n: number) => Array.from({ length: n }, (_, i) => `${SAYINGS[i % SAYINGS.length]} (${i + 1})`);

async function addNotes(url: string, eventId: string, texts: readonly string[], themes: readonly string[] = []) {
  const room = await RoomClient.connect(url);
  for (const text of texts) await room.call("notes.add", { id: newId(), eventId, text });
  for (const title of themes) await room.call("themes.create", { id: newId(), eventId, title });
  room.close();
}

/** Nothing on the page scrolls but the chosen tab. */
const pageScrolls = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollHeight > window.innerHeight + 1);

test("the run view at 1366×768: stage, timer, next, projector and devices on top; every part one key or click away; nothing below the fold", async ({ page, hearth }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const { eventId } = await listeningEvent(page, hearth.url, "Elm Road listening event");
  await addNotes(hearth.url, eventId, notes(26), ["Getting about", "Homes"]);
  await page.goto(`${hearth.url}/#/events/${eventId}`);

  const bar = page.locator("section.run-bar");
  await expect(bar.getByRole("heading", { name: "What matters to you" })).toBeInViewport();
  await expect(bar.getByRole("timer")).toBeInViewport();
  const glance = page.getByRole("list", { name: "The evening at a glance" });
  await expect(glance).toContainText("Next: Group into themes");
  await expect(glance).toContainText("Projector shows: the notes (following the stage)");
  await expect(glance).toContainText("Devices in: 0");
  await expect(glance).toBeInViewport();
  await expect(page.getByRole("button", { name: "Open projector" })).toBeInViewport();
  await expect(bar.getByRole("button", { name: "Next stage" })).toBeInViewport();
  // The board starts on the first screen: the note box, the unsorted notes and the themes.
  const b = board(page);
  await expect(b.box).toBeInViewport();
  await expect(b.unsorted.getByRole("listitem").first()).toBeInViewport();
  await expect(page.getByRole("heading", { name: /^Themes/ })).toBeInViewport();
  expect(await pageScrolls(page)).toBe(false);
  await page.screenshot({ path: `${screens}/run-view-board-1366x768.png` });
  await expectNoSeriousA11yViolations(page);

  // One key away: Alt+digit from anywhere, even while typing a note.
  const tabs = page.getByRole("tablist", { name: "Run view" });
  await b.box.focus();
  await page.keyboard.press("Alt+2");
  await expect(tabs.getByRole("tab", { name: /Devices/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { name: "Devices", exact: true })).toBeInViewport();
  await expect(page.getByRole("button", { name: "Let devices join" }).or(page.getByRole("heading", { name: "Devices can join" }))).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Alt+3");
  await expect(page.getByRole("heading", { name: "Dot voting" })).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
  // Arrow keys move along the tabs.
  await page.keyboard.press("ArrowRight");
  await expect(tabs.getByRole("tab", { name: /Projector/ })).toBeFocused();
  await expect(page.getByLabel("Spotlight")).toBeInViewport();
  await page.screenshot({ path: `${screens}/run-view-projector-1366x768.png` });
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Alt+5");
  await expect(page.getByLabel("What will be done")).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
  await tabs.getByRole("tab", { name: /Report/ }).click();
  await expect(page.getByRole("link", { name: "Open the report" })).toBeInViewport();
  await expectNoSeriousA11yViolations(page);
  expect(await pageScrolls(page)).toBe(false);
  // The top stays while the tabs change: the stage and the timer are still there.
  await expect(bar.getByRole("timer")).toBeInViewport();
  await page.keyboard.press("Alt+1");
  await expect(b.box).toBeInViewport();
});

test("unsorted notes use the width, the themes stay beside them, and selected notes move to a theme in one step by mouse or keyboard, with undo", async ({ page, hearth }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const { eventId } = await listeningEvent(page, hearth.url, "Elm Road listening event");
  await addNotes(hearth.url, eventId, notes(26), ["Getting about", "Homes"]);
  await page.goto(`${hearth.url}/#/events/${eventId}`);
  const b = board(page);
  const cards = b.unsorted.getByRole("listitem");
  await expect(cards).toHaveCount(26);

  // A grid, not one narrow column.
  const lefts = await cards.evaluateAll((els) => els.slice(0, 8).map((e) => Math.round(e.getBoundingClientRect().left)));
  expect(new Set(lefts).size, "columns of unsorted notes").toBeGreaterThanOrEqual(3);
  const height = await b.unsorted.evaluate((el) => el.getBoundingClientRect().height);
  expect(height, "26 unsorted notes stand in a few rows").toBeLessThan(1500);
  // Scrolled down to the last note, the themes are still beside it: a drag is short.
  await cards.last().scrollIntoViewIfNeeded();
  await expect(b.theme("Homes")).toBeInViewport();

  // By mouse: tick three notes, choose the theme, move them in one step.
  for (const i of [0, 1, 2]) await cards.nth(i).getByRole("checkbox", { name: /Select/ }).click();
  const tools = page.getByRole("toolbar", { name: "Board tools" });
  await tools.getByLabel("Move to").selectOption({ label: "Homes" });
  await tools.getByRole("button", { name: "Move 3 notes" }).click();
  await expect(b.themeNotes("Homes").getByRole("listitem")).toHaveCount(3);
  await expect(cards).toHaveCount(23);
  await expect(b.messages).toContainText("Moved 3 notes to Homes.");
  // One undo puts all three back.
  await b.undo.click();
  await expect(cards).toHaveCount(26);
  await expect(b.themeNotes("Homes")).toHaveCount(0);

  // By keyboard: Space ticks a note, Tab reaches the theme list and the button, Enter moves them.
  await cards.nth(3).getByRole("checkbox", { name: /Select/ }).focus();
  await page.keyboard.press("Space");
  await cards.nth(4).getByRole("checkbox", { name: /Select/ }).focus();
  await page.keyboard.press("Space");
  await tools.getByLabel("Move to").focus();
  await tools.getByLabel("Move to").selectOption({ label: "Getting about" });
  await page.keyboard.press("Tab");
  await expect(tools.getByRole("button", { name: "Move 2 notes" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(b.themeNotes("Getting about").getByRole("listitem")).toHaveCount(2);

  // The room did it in one command, in the change feed: a second screen sees it.
  const other = await page.context().newPage();
  await other.goto(`${hearth.url}/#/events/${eventId}`);
  await expect(board(other).themeNotes("Getting about").getByRole("listitem")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/run-view-sorted-1366x768.png` });
});
