import type { Browser, Page } from "@playwright/test";
import { expect } from "./hearth";
import { createEvent, letDevicesJoin, phone } from "./devices";

/** The run bar on the facilitator's event page. */
export const runBar = (page: Page) => page.locator("section.run-bar");

/**
 * A listening event from its template, run by the facilitator: started, on its capture
 * stage, with the doors open for devices. Leaves `page` on the Devices page.
 */
export async function listeningEvent(page: Page, url: string, title: string) {
  const eventId = await createEvent(page, url, title);
  const bar = runBar(page);
  await bar.getByRole("button", { name: "Start the event" }).click();
  await bar.getByRole("button", { name: "Next stage" }).click();
  await expect(bar.getByRole("heading", { name: "What matters to you" })).toBeVisible();
  return { eventId, invite: await letDevicesJoin(page, url, eventId) };
}

/** A participant's phone joined with the participants' QR link, in the given language. */
export async function participant(browser: Browser, link: string, locale: string, joined: string) {
  const p = await phone(browser, locale);
  await p.page.goto(link);
  await expect(p.page.getByText(joined)).toBeVisible();
  return p;
}

/** On the event page: types notes as the facilitator would at the laptop. */
export async function typeNotes(page: Page, url: string, eventId: string, texts: readonly string[]) {
  await page.goto(`${url}/#/events/${eventId}`);
  const box = page.getByLabel("New note");
  for (const text of texts) {
    await box.fill(text);
    await box.press("Enter");
    await expect(page.getByRole("list", { name: "Notes" }).getByText(text, { exact: true })).toBeVisible();
  }
}

/** The facilitator jumps the run sheet to a stage, e.g. "4. Prioritise". */
export async function goToStage(page: Page, url: string, eventId: string, label: string) {
  await page.goto(`${url}/#/events/${eventId}`);
  const bar = runBar(page);
  await bar.getByLabel("Go to stage").selectOption({ label });
  await bar.getByRole("button", { name: "Go", exact: true }).click();
  await expect(bar.getByRole("heading", { name: label.replace(/^\d+\.\s*/, "") })).toBeVisible();
}

/** On the voting page: a new round with these caps (blind by default), opened. */
export async function openRound(page: Page, url: string, eventId: string, caps: { dots: number; perItem: number }) {
  await page.goto(`${url}/#/events/${eventId}/voting`);
  await page.getByRole("button", { name: "+ New round" }).click();
  await page.getByLabel("Dots per person").fill(String(caps.dots));
  await page.getByLabel("Most dots on one item").fill(String(caps.perItem));
  await page.getByRole("button", { name: "Create round" }).click();
  await page.getByRole("button", { name: "Open voting" }).click();
  await expect(page.locator(".round-pill")).toHaveText("Voting open");
}

/** Types the paper board's counts into the grid on the voting page, item by item, Tab to the next. */
export async function typePaper(page: Page, counts: Record<string, number>) {
  for (const [label, n] of Object.entries(counts)) {
    const box = page.getByRole("textbox", { name: label, exact: true });
    await box.fill(String(n));
    await box.press("Tab");
    await expect(box).toHaveValue(String(n));
  }
}

/** The facilitator's count of voters and dots for the round on screen. */
export const roundCounts = (page: Page) => page.locator(".round-status__counts");

/** Taps "+" (or "−") on a phone's ballot `times` times, each once the screen has counted the one before. */
export async function tap(p: Page, name: string, times = 1) {
  for (let i = 0; i < times; i++) {
    const before = await p.locator(".ballot__left strong").innerText();
    await p.getByRole("button", { name, exact: true }).click();
    await expect(p.locator(".ballot__left strong")).not.toHaveText(before);
  }
}

/**
 * Taps a "+" that a cap stops. It is aria-disabled (still in the tab order, and a finger can
 * tap it), which Playwright's actionability check treats as disabled: so the tap is forced.
 */
export async function tapStopped(p: Page, name: string) {
  const button = p.getByRole("button", { name, exact: true });
  await expect(button).toHaveAttribute("aria-disabled", "true");
  await button.click({ force: true });
}
