import type { Page } from "@playwright/test";
import { newId } from "../../src/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { seedEvent as seedBoardEvent } from "./support/board";
import { expect, test } from "./support/hearth";
import { textBelow, wallHygiene } from "./support/legibility";
import { RoomClient, seedEvent } from "./support/room-client";

const screens = "test-results/screens";

async function legibleAt(wall: Page, width: number, height: number, name: string) {
  await wall.setViewportSize({ width, height });
  await expect.poll(async () => (await wallHygiene(wall)).scrolls).toBe(false);
  const { checked, problems } = await textBelow(wall, 28 * Math.min(1, height / 1080), 7);
  expect(checked).toBeGreaterThan(0);
  expect(problems, `text too small or faint at ${width}×${height}`).toEqual([]);
  await wall.screenshot({ path: `${screens}/wall-${name}-${width}x${height}.png`, animations: "disabled" });
}

test("the themes wall fills the screen at both sizes instead of four themes over half a black screen", async ({ page, hearth }) => {
  const themes = Array.from({ length: 10 }, (_, i) => `Theme ${i + 1}: ${["Buses and shelters", "Lifts and repairs", "Parks after dark", "GP appointments", "Youth clubs"][i % 5]}`);
  const notes = themes.flatMap((theme, i) => [
    { text: `First note about ${theme.toLowerCase()}, said at table ${i + 1}`, theme },
    { text: i % 2 ? "لا توجد إضاءة في الحديقة ليلاً" : "Nowhere for the children to play safely", theme },
    { text: "Neighbours are kind but there is nowhere to meet", theme },
  ]);
  const eventId = await seedBoardEvent(hearth, { themes, notes });
  const room = await RoomClient.connect(hearth.url);
  await room.call("screen.set", { eventId, view: "themes" });
  room.close();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${hearth.url}/#/events/${eventId}/projector`);
  const cards = page.locator(".themes-wall__theme");
  await expect(cards.first()).toBeVisible();
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(8);
    // The cards reach down to the footer: no half screen of black under them.
    const bottom = await cards.evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
    expect(bottom, `themes end at ${bottom}px of ${height}px`).toBeGreaterThan(height * 0.8);
    // Each theme shows more than its first note.
    await expect(cards.first().locator(".themes-wall__note")).toHaveCount(2);
    await legibleAt(page, width, height, "themes");
  }
  await expectNoSeriousA11yViolations(page);
});

test("a new note does not move the notes wall off the page someone is reading", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth.url, "A busy hall", Array.from({ length: 24 }, (_, i) => `Note ${i + 1}: the bus stop has no shelter`));
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${hearth.url}/#/events/${eventId}/projector`);
  const footer = page.locator(".projector__footer");
  await expect(footer).toHaveText(/^24 notes · page [12] of 2$/);
  const room = await RoomClient.connect(hearth.url);
  await room.call("notes.add", { id: newId(), eventId, text: "Damp and mould in the flats" });
  room.close();
  // Three pages now; the wall stays on a full page (it used to jump to the new last page of one note).
  await expect(footer).toContainText("25 notes");
  await expect(footer).toHaveText(/^25 notes · page [12] of 3$/);
  expect(await page.locator(".wall__note").count()).toBe(12);
  await legibleAt(page, 1920, 1080, "notes-pages");
});
