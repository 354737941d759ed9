import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";
import { shootPhone } from "./support/devices";
import { goToStage, listeningEvent, openRound, participant, roundCounts, tap, tapStopped, typeNotes, typePaper } from "./support/phone-voting";

const SHELTER = "No shelter at the Elm Road bus stop";
const LIFTS = "Lifts in Brook House broken for weeks";
const GP = "GP phone queue: gave up after 40 minutes";
const BENCHES = "More benches in the park, please";
const KIDS = "Brakuje miejsc dla dzieci 😞";

const ballotOf = (p: Page) => p.locator(".phone-ballot");
const resultRows = (p: Page) => p.locator(".phone-results__item");
const addNoteOnPhone = async (p: Page, label: string, button: string, text: string) => {
  await p.getByLabel(label, { exact: true }).fill(text);
  await p.getByRole("button", { name: button }).click();
  await expect(p.locator(".sticky", { hasText: text })).toBeVisible();
};

test("phones vote beside paper counts: blind until revealed on phones and the wall, then a runoff", async ({ page, context, browser, hearth }) => {
  test.setTimeout(180_000); // a facilitator, a wall and three phones on a small machine
  const { eventId, invite } = await listeningEvent(page, hearth.url, "Elm Road listening event");

  // Residents join by the participants' QR link and add notes while the question is up.
  const a = await participant(browser, invite.participant, "en-GB", "You are a Participant");
  const b = await participant(browser, invite.participant, "pl-PL", "Twoja rola: Uczestnik");
  const c = await participant(browser, invite.participant, "en-GB", "You are a Participant");
  await addNoteOnPhone(a.page, "Your note", "Add note", BENCHES);
  await addNoteOnPhone(b.page, "Twoja notatka", "Dodaj notatkę", KIDS);
  await typeNotes(page, hearth.url, eventId, [SHELTER, LIFTS, GP]);

  // On to voting: the phones follow the run sheet and wait for a round.
  await goToStage(page, hearth.url, eventId, "4. Prioritise");
  await expect(a.page.getByText("No vote is open right now. This screen changes when voting starts.")).toBeVisible();
  await expect(b.page.getByText("Teraz nie trwa żadne głosowanie.", { exact: false })).toBeVisible();
  await expect(a.page.getByLabel("Your note", { exact: true })).toHaveCount(0);

  const wall = await context.newPage();
  await wall.goto(`${hearth.url}/#/events/${eventId}/projector`);
  await openRound(page, hearth.url, eventId, { dots: 3, perItem: 2 });

  // Every phone shows the round's ballot with the five notes.
  for (const p of [a.page, c.page]) {
    await expect(p.getByText("You have 3 dots. Put them on what matters most to you. Up to 2 dots on one item.")).toBeVisible();
    await expect(p.locator(".ballot__item")).toHaveCount(5);
  }
  await expect(b.page.getByText("Wolne kropki: 3 z 3")).toBeVisible();

  await tap(a.page, `Add a dot: ${SHELTER}`, 2);
  await tap(a.page, `Add a dot: ${BENCHES}`);
  await expect(a.page.getByText("All 3 dots placed. Thank you! You can move them until voting closes.")).toBeVisible();
  await typePaper(page, { [SHELTER]: 4, [LIFTS]: 3, [GP]: 0, [BENCHES]: 6, [KIDS]: 2 });
  await expect(roundCounts(page)).toHaveText("1 voter, 18 dots");
  await tap(b.page, `Dodaj kropkę: ${LIFTS}`);
  await tap(b.page, `Dodaj kropkę: ${KIDS}`);
  await tap(b.page, `Dodaj kropkę: ${SHELTER}`);
  await expect(b.page.getByText("Wszystkie 3 kropki są postawione.", { exact: false })).toBeVisible();

  // Blind: the third phone sees how many have voted, never where their dots went.
  await expect(c.page.getByText("So far: 2 voters, 21 dots. Results appear when the facilitator reveals them.")).toBeVisible();
  await expect(c.page.locator(".ballot__item--chosen")).toHaveCount(0);
  await expect(c.page.locator(".ballot__number")).toHaveText(["0", "0", "0", "0", "0"]);
  await tap(c.page, `Add a dot: ${GP}`, 2);
  await tap(c.page, `Add a dot: ${LIFTS}`);
  await expect(roundCounts(page)).toHaveText("3 voters, 24 dots");
  await expect(wall.locator(".turnout-wall__counts")).toHaveText("9 dots from 3 phones, 15 paper dots");
  await expect(wall.locator(".results-wall")).toHaveCount(0);
  await expect(b.page.getByText("Do tej pory: 3 osoby, 24 kropki.", { exact: false })).toBeVisible();
  for (const p of [a.page, b.page, c.page]) await expect(resultRows(p)).toHaveCount(0);

  await page.getByRole("button", { name: "Close voting" }).click();
  await expect(a.page.getByText("Voting has closed. Your 3 dots counted.")).toBeVisible();
  await expect(b.page.getByText("Głosowanie zostało zakończone. Twoje 3 kropki zostały policzone.")).toBeVisible();
  await expect(resultRows(a.page)).toHaveCount(0);
  await page.getByRole("button", { name: "Reveal results" }).click();

  // Revealed: every phone and the wall show the same ranking, ties as ties, phone and paper together.
  await expect(resultRows(a.page)).toHaveText([
    `=1${BENCHES}7 dotsYour dots: 1`,
    `=1${SHELTER}7 dotsYour dots: 2`,
    `3${LIFTS}5 dots`,
    `4${KIDS}3 dots`,
    `5${GP}2 dots`,
  ]);
  await expect(resultRows(b.page)).toHaveText([
    `=1${BENCHES}7 kropek`,
    `=1${SHELTER}7 kropekTwoje kropki: 1`,
    `3${LIFTS}5 kropekTwoje kropki: 1`,
    `4${KIDS}3 kropkiTwoje kropki: 1`,
    `5${GP}2 kropki`,
  ]);
  await expect(wall.locator(".results-wall__row")).toHaveCount(5);
  await expect(wall.locator(".results-wall__row").first()).toContainText("7 dots");
  await expectNoSeriousA11yViolations(b.page);
  await shootPhone(b.page, "phone-results-pl");

  // A runoff among the top 2 (the two tied first): the phones move to it at once.
  await page.getByLabel("Runoff among the top").fill("2");
  await page.getByRole("button", { name: "Create runoff round" }).click();
  await page.getByRole("button", { name: "Open voting" }).click();
  for (const p of [a.page, b.page, c.page]) {
    await expect(ballotOf(p).getByRole("heading", { name: "Runoff of the top 2" })).toBeVisible();
    await expect(p.locator(".ballot__item")).toHaveCount(2);
  }
  await expect(a.page.getByText("You have 1 dot. Put it on what matters most to you. One dot per item.")).toBeVisible();
  await expect(b.page.getByText("Masz 1 kropkę. Postaw ją przy tym, co jest dla ciebie najważniejsze.", { exact: false })).toBeVisible();
  await tap(a.page, `Add a dot: ${BENCHES}`);
  await tap(b.page, `Dodaj kropkę: ${SHELTER}`);
  await tap(c.page, `Add a dot: ${BENCHES}`);
  await expect(a.page.getByText("Your dot is placed. Thank you! You can move it until voting closes.")).toBeVisible();
  await typePaper(page, { [SHELTER]: 5, [BENCHES]: 3 });
  await expect(roundCounts(page)).toHaveText("3 voters, 11 dots");
  await expect(wall.locator(".turnout-wall__counts")).toHaveText("3 dots from 3 phones, 8 paper dots");
  await page.getByRole("button", { name: "Close voting" }).click();
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(resultRows(c.page)).toHaveText([`1${SHELTER}6 dots`, `2${BENCHES}5 dotsYour dots: 1`]);
  await expect(resultRows(b.page)).toHaveText([`1${SHELTER}6 kropekTwoje kropki: 1`, `2${BENCHES}5 kropek`]);
  for (const p of [a, b, c]) await p.context.close();
});

test("a phone is refused past the caps and after the close, in its own language, and an offline cycle doubles nothing", async ({ page, browser, hearth }) => {
  test.setTimeout(150_000);
  const { eventId, invite } = await listeningEvent(page, hearth.url, "Brook House residents' meeting");
  const pl = await participant(browser, invite.participant, "pl-PL", "Twoja rola: Uczestnik");
  const en = await participant(browser, invite.participant, "en-GB", "You are a Participant");
  await typeNotes(page, hearth.url, eventId, [SHELTER, LIFTS, GP, BENCHES, KIDS]);
  await goToStage(page, hearth.url, eventId, "4. Prioritise");
  await openRound(page, hearth.url, eventId, { dots: 3, perItem: 2 });

  // The ballot at phone size, in Polish and in English, before anything is placed.
  await expect(pl.page.getByText("Wolne kropki: 3 z 3")).toBeVisible();
  await expect(en.page.getByText("Dots left: 3 of 3")).toBeVisible();
  for (const [p, name] of [[pl.page, "phone-ballot-pl"], [en.page, "phone-ballot-en"]] as const) {
    // The ballot leads the screen: its title, rules, dots left and the first item fit 360×640 without scrolling.
    await p.evaluate(() => window.scrollTo(0, 0));
    const first = await p.locator(".ballot__item").first().boundingBox();
    expect(first && first.y + first.height).toBeLessThanOrEqual(640);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoSeriousA11yViolations(p);
    await shootPhone(p, name);
  }

  // A phone in Arabic: the ballot lays out right to left, every word in Arabic.
  const ar = await participant(browser, invite.participant, "ar", "أنت مشارك");
  await expect(ar.page.getByRole("button", { name: `أضف نقطة: ${KIDS}` })).toBeVisible();
  expect(await ar.page.locator(".ballot__item").first().evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  await expect(ar.page.getByText("النقاط المتبقية: 3 من 3")).toBeVisible();
  await expectNoSeriousA11yViolations(ar.page);
  await shootPhone(ar.page, "phone-ballot-ar");
  await ar.context.close();

  // Past the cap on one item, then past the dots per person: refused on the phone, in Polish, and nothing sent.
  await tap(pl.page, `Dodaj kropkę: ${SHELTER}`, 2);
  await tapStopped(pl.page, `Dodaj kropkę: ${SHELTER}`);
  await expect(pl.page.getByRole("alert")).toHaveText("Na jednej pozycji możesz postawić najwyżej 2 kropki.");
  await tap(pl.page, `Dodaj kropkę: ${LIFTS}`);
  await expect(pl.page.getByRole("alert")).toHaveCount(0);
  await pl.page.getByRole("button", { name: `Dodaj kropkę: ${KIDS}` }).scrollIntoViewIfNeeded();
  await tapStopped(pl.page, `Dodaj kropkę: ${KIDS}`);
  await expect(pl.page.getByRole("alert")).toHaveText("Masz 3 kropki i wszystkie są już postawione. Zdejmij jedną z innej pozycji, aby ją przenieść.");
  // Tapped far down the list, the reason shows where the eye is: with "dots left", which stays in view.
  await expect(pl.page.getByRole("alert")).toBeInViewport();
  await expect(pl.page.getByText("Wolne kropki: 0 z 3")).toBeInViewport();
  await expectNoSeriousA11yViolations(pl.page);
  await pl.page.screenshot({ path: "test-results/screens/phone-ballot-pl-refused-scrolled.png" });
  await shootPhone(pl.page, "phone-ballot-pl-refused");
  await expect(roundCounts(page)).toHaveText("1 voter, 3 dots");

  // The English phone votes through two drops of its Wi-Fi: each tap counts once.
  const status = en.page.locator(".connection");
  await tap(en.page, `Add a dot: ${GP}`);
  await expect(roundCounts(page)).toHaveText("2 voters, 4 dots");
  await en.context.setOffline(true);
  await expect(status).toHaveText("Offline, 0 unsent");
  await tap(en.page, `Add a dot: ${BENCHES}`);
  await tap(en.page, `Add a dot: ${KIDS}`);
  await expect(status).toHaveText("Offline, 2 unsent");
  await expect(en.page.getByText("Dots left: 0 of 3")).toBeVisible();
  await expect(roundCounts(page)).toHaveText("2 voters, 4 dots");
  await en.context.setOffline(false);
  await expect(status).toHaveText("Online", { timeout: 15_000 });
  await expect(roundCounts(page)).toHaveText("2 voters, 6 dots");
  await expect(en.page.getByText("All 3 dots placed. Thank you! You can move them until voting closes.")).toBeVisible();
  await en.context.setOffline(true);
  await tap(en.page, `Take a dot off: ${KIDS}`);
  await en.context.setOffline(false);
  await expect(status).toHaveText("Online", { timeout: 15_000 });
  await expect(roundCounts(page)).toHaveText("2 voters, 5 dots");
  await en.page.reload();
  await expect(en.page.getByText("Dots left: 1 of 3")).toBeVisible();
  await expect(en.page.locator(".ballot__number")).toHaveText(["0", "0", "1", "1", "0"]);

  // A tap made offline while the facilitator closes the round: the room refuses it, and the phone says so in Polish.
  await pl.context.setOffline(true);
  await expect(pl.page.locator(".connection")).toHaveText("Bez połączenia, 0 niewysłanych");
  await page.getByRole("button", { name: "Close voting" }).click();
  await expect(page.locator(".round-pill")).toHaveText("Closed");
  await tap(pl.page, `Zdejmij kropkę: ${LIFTS}`);
  await expect(pl.page.locator(".connection")).toHaveText("Bez połączenia, 1 niewysłana");
  await pl.context.setOffline(false);
  await expect(pl.page.getByRole("alert")).toHaveText("Głosowanie zostało zakończone. Twoje 3 kropki zostały policzone.", { timeout: 15_000 });
  await expect(pl.page.locator(".connection")).toHaveText("Połączono");
  await expect(roundCounts(page)).toHaveText("2 voters, 5 dots");
  await expectNoSeriousA11yViolations(pl.page);
  await shootPhone(pl.page, "phone-ballot-pl-closed");

  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(resultRows(en.page)).toHaveCount(5);
  await expect(resultRows(en.page).first()).toHaveText(`1${SHELTER}2 dots`);
  await expectNoSeriousA11yViolations(en.page);
  await shootPhone(en.page, "phone-results-en");
  for (const p of [pl, en]) await p.context.close();
});
