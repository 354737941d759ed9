import type { Browser, BrowserContext, Page } from "@playwright/test";
import Database from "better-sqlite3";
import { join } from "node:path";
import { expect } from "./hearth";
import { seedCaptureStage } from "../../server/support/seed";

export const screens = "test-results/screens";

/** A phone: portrait 360×640, touch, in the given language. */
export async function phone(browser: Browser, locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, locale });
  return { context, page: await context.newPage() };
}

/** The phone's screen as a person first sees it (360×640, from the top), and the whole page. */
export async function shootPhone(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screens}/${name}.png` });
  await page.screenshot({ path: `${screens}/${name}-full.png`, fullPage: true });
}

/** The facilitator creates an event in the browser and returns its id. */
export async function createEvent(page: Page, url: string, title: string): Promise<string> {
  await page.goto(url);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const id = /#\/events\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1];
  if (!id) throw new Error(`no event id in ${page.url()}`);
  return id;
}

/**
 * Opens a capture stage on the event, straight in the database of the running room (the
 * stage commands belong to another part of Hearth). Phones opened afterwards see it.
 */
export function openCaptureStage(dataDir: string, eventId: string): void {
  const db = new Database(join(dataDir, "hearth.db"));
  try {
    db.pragma("busy_timeout = 5000");
    seedCaptureStage(db, eventId);
  } finally {
    db.close();
  }
}

/** On the Devices page: lets devices join and reads the links and the code it shows. */
export async function letDevicesJoin(page: Page, url: string, eventId: string) {
  await page.goto(`${url}/#/events/${eventId}/devices`);
  await page.getByRole("button", { name: "Let devices join" }).click();
  await expect(page.getByRole("heading", { name: "Devices can join" })).toBeVisible();
  const link = async (role: "Note-takers" | "Participants") => {
    await page.getByRole("button", { name: role, exact: true }).click();
    return page.getByLabel(`Link for ${role.toLowerCase()}`).inputValue();
  };
  const notetaker = await link("Note-takers");
  const participant = await link("Participants");
  const code = await page.locator(".invite__code").getAttribute("data-code");
  if (!code) throw new Error("no join code shown");
  return { notetaker, participant, code, origin: new URL(notetaker).origin };
}
