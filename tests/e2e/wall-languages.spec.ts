import type { Browser } from "@playwright/test";
import { expect, test } from "./support/hearth";
import { expectNoEnglish } from "./support/no-english";
import { goToStage, listeningEvent, openRound, typeNotes } from "./support/phone-voting";

const SCREENS = "test-results/screens";
const NOTES = ["Bws hwyr bob nos", "Dim golau ar y stryd"];
/** The run sheet's stage and questions, the round's title, the notes and the join address: the facilitator's and residents' words. */
const WALL_TEXT = {
  selectors: [".projector__stage", ".projector__prompt", ".wall__text", ".themes-wall__note", ".turnout-wall__title", ".results-wall__label", ".stage-view", ".join-corner__url", ".join-corner__code"],
  texts: ["Elm Road 2026", ...NOTES],
};

async function wallIn(browser: Browser, locale: string, url: string) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test("the facilitator's wall speaks its browser's language: Welsh, and Arabic right to left, with no English", async ({ page, browser, hearth }) => {
  test.setTimeout(240_000); // a facilitator and two walls on a small, shared machine
  const { eventId } = await listeningEvent(page, hearth.url, "Elm Road 2026");
  await typeNotes(page, hearth.url, eventId, NOTES);
  const wallUrl = `${hearth.url}/#/events/${eventId}/projector`;
  const cy = await wallIn(browser, "cy-GB", wallUrl);
  const ar = await wallIn(browser, "ar", wallUrl);
  await expect(cy.locator("html")).toHaveAttribute("lang", "cy");
  await expect(ar.locator("html")).toHaveAttribute("dir", "rtl");

  // The question and its notes, how many, and how to join.
  await expect(cy.locator(".projector__footer")).toHaveText("2 nodyn");
  await expect(cy.locator(".join-corner")).toBeVisible();
  await expectNoEnglish(cy, "cy", WALL_TEXT, "the notes");
  await expect(ar.locator(".projector__footer")).toHaveText("ملاحظتان");
  await expectNoEnglish(ar, "ar", WALL_TEXT, "the notes");

  // Voting: the turnout, its plurals in each language's own forms.
  await goToStage(page, hearth.url, eventId, "4. Prioritise");
  await openRound(page, hearth.url, eventId, { dots: 3, perItem: 2 });
  await expect(cy.locator(".turnout-wall__counts")).toHaveText("0 dot o 0 ffôn, 0 dot papur");
  await expectNoEnglish(cy, "cy", WALL_TEXT, "the turnout");
  await cy.screenshot({ path: `${SCREENS}/wall-cy-turnout.png` });
  await expect(ar.locator(".turnout-wall__counts")).toHaveText("0 نقطة من 0 هاتف، 0 نقطة ورقية");
  await expectNoEnglish(ar, "ar", WALL_TEXT, "the turnout");
  await ar.screenshot({ path: `${SCREENS}/wall-ar-turnout.png` });
});
