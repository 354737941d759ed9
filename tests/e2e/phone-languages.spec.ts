import type { Page } from "@playwright/test";
import { CATALOGUES, type Language } from "../../src/renderer/i18n/catalogues";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expectNoEnglish, screenWords } from "./support/no-english";
import { phone, screens, shootPhone } from "./support/devices";
import { expect, test } from "./support/hearth";
import { goToStage, listeningEvent, openRound } from "./support/phone-voting";

/** A note each phone writes, in its own language (residents' words: left out of the check for English). */
const NOTES: Record<Exclude<Language, "en">, string> = {
  cy: "Mae angen lloches yn yr arhosfan bws",
  pl: "Brakuje miejsc dla dzieci",
  ar: "المصعد معطّل منذ أسابيع",
  ur: "بس اسٹاپ پر سایہ نہیں ہے",
  ro: "Lipsesc locuri de joacă pentru copii",
  so: "Baska ayaa goor dambe yimaada",
};
const LANGS = Object.keys(NOTES) as (keyof typeof NOTES)[];
/** The name each resident types when joining. */
const NAMES: Record<(typeof LANGS)[number], string> = { cy: "Eirlys", pl: "Bożena", ar: "أمينة", ur: "ثمینہ", ro: "Ioana", so: "Hodan" };
/** Words of the facilitator's and residents' own on a phone (the run sheet's stage, the round's title, the notes): not the phone's words. */
const PHONE_TEXT = {
  selectors: [".device-event", ".device-stage__title", ".device-stage__description", ".device-prompt__text", ".device-prompts__choice span", ".phone-ballot__title", ".ballot__label", ".paper-grid__label", ".sticky__text"],
  texts: [...Object.values(NOTES), ...Object.values(NAMES)],
};

test("a phone in each of the seven languages joins, writes a note, votes and is thanked with no English anywhere", async ({ page, browser, hearth }) => {
  test.setTimeout(420_000); // a facilitator and six phones on a small, shared machine
  const { eventId, invite } = await listeningEvent(page, hearth.url, "Elm Road 2026");
  // The event asks "About you" (the standard questions): each phone is offered it after its note.
  const setupPage = await page.context().newPage();
  await setupPage.goto(`${hearth.url}/#/events/${eventId}/setup`);
  const setup = setupPage.getByRole("region", { name: "About you" });
  await setup.getByLabel("Ask “About you” at this event").check();
  await setup.getByRole("button", { name: "Save “About you”" }).click();
  await expect(setup.getByRole("status")).toHaveText("Saved.");
  await setupPage.close();

  // English is the source: its phone says "Join the event", and the check finds English there (it can fail).
  const english = await phone(browser, "en-GB");
  await english.page.goto(`${invite.origin}/#/join`);
  await expect(english.page.getByRole("heading", { name: "Join the event" })).toBeVisible();
  expect((await screenWords(english.page, PHONE_TEXT)).includes("Join the event")).toBe(true);
  await english.context.close();

  const phones = new Map<(typeof LANGS)[number], Page>();
  for (const lang of LANGS) {
    // A phone whose browser speaks English, set to the language in the picker on the join screen.
    const p = (await phone(browser, "en-GB")).page;
    await p.goto(`${invite.origin}/#/join`);
    await p.locator(".device-lang select").selectOption(lang);
    await expect(p.locator("html")).toHaveAttribute("lang", lang);
    await expect(p.locator("html")).toHaveAttribute("dir", lang === "ar" || lang === "ur" ? "rtl" : "ltr");
    await expect(p.locator(".device-lang__note")).toHaveText(CATALOGUES[lang].language.uncheckedNote);
    // A code too short is refused on the phone, in its language.
    await p.locator(".device-join__code").fill("K7");
    await p.locator(".device-join button[type=submit]").click();
    await expect(p.getByRole("alert")).toHaveText(CATALOGUES[lang].join.badCode);
    await expectNoEnglish(p, lang, PHONE_TEXT, "the join screen");
    if (lang === "ur" || lang === "ar") await shootPhone(p, `phone-${lang}-join`);

    // Types the code and a name, waits to be let in, and the facilitator lets it in.
    await p.locator(".device-join__code").fill(invite.code);
    await p.locator(".device-join input[name=label]").fill(NAMES[lang]);
    await p.locator(".device-join button[type=submit]").click();
    await expect(p.locator("#waiting-heading")).toHaveText(CATALOGUES[lang].waiting.heading);
    await expectNoEnglish(p, lang, PHONE_TEXT, "the waiting screen");
    if (lang === "ur") await shootPhone(p, "phone-ur-waiting");
    await page.getByRole("button", { name: `Let ${NAMES[lang]} in as a participant` }).click();

    // Writes a note while the question is up.
    const box = p.locator(".device-note__input");
    await expect(box).toBeVisible();
    await box.fill(NOTES[lang]);
    await p.locator(".device-note button[type=submit]").click();
    await expect(p.locator(".device-mine .sticky__meta")).toHaveText(CATALOGUES[lang].mine.sent);
    await expectNoEnglish(p, lang, PHONE_TEXT, "the note box");
    await aboutYouAndHearBack(p, lang);
    phones.set(lang, p);
  }
  const ur = phones.get("ur")!;
  await shootPhone(ur, "phone-ur-note");
  // A helper's phone, a note-taker's in Urdu, types the paper board's dots while the round runs.
  const helper = (await phone(browser, "ur-PK")).page;
  await helper.goto(invite.notetaker);
  await expect(helper.locator("html")).toHaveAttribute("lang", "ur");
  // Urdu is set in Nastaliq: the font that ships with Hearth, loaded, not a phone's Naskh.
  expect(await ur.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Noto Nastaliq Urdu/);
  await expect.poll(() => ur.evaluate(() => document.fonts.check('16px "Noto Nastaliq Urdu"', "اردو")), { timeout: 30_000 }).toBe(true);

  // Voting: every phone gets the ballot, places its three dots and is thanked.
  await goToStage(page, hearth.url, eventId, "4. Prioritise");
  await openRound(page, hearth.url, eventId, { dots: 3, perItem: 2 });
  for (const lang of LANGS) {
    const p = phones.get(lang)!;
    await expect(p.locator(".ballot__item")).toHaveCount(LANGS.length);
    await expectNoEnglish(p, lang, PHONE_TEXT, "the ballot");
    for (const nth of [0, 0, 1]) {
      const before = await p.locator(".ballot__left strong").innerText();
      await p.locator(".ballot__button--add").nth(nth).click();
      await expect(p.locator(".ballot__left strong")).not.toHaveText(before);
    }
    // "Thank you", in the plural form the language uses for three.
    const done = (CATALOGUES[lang].ballot as unknown as Record<string, string>)[`done_${new Intl.PluralRules(lang).select(3)}`]!;
    await expect(p.locator(".phone-ballot__done")).toHaveText(done.replace("{{count}}", "3"));
    await expectNoEnglish(p, lang, PHONE_TEXT, "the thank-you");
  }
  const count = helper.locator(".paper-grid__input").first();
  await count.fill("1.5");
  await count.press("Tab");
  await expect(helper.getByRole("alert")).toHaveText(CATALOGUES.ur.paper.invalid.replace("{{max}}", "999"));
  await count.fill("4");
  await count.press("Tab");
  await expect(helper.getByRole("alert")).toHaveCount(0);
  await expect(count).toHaveValue("4");
  await helper.locator(".paper-history summary").click();
  await expect(helper.locator(".paper-history li")).toHaveCount(1);
  await expectNoEnglish(helper, "ur", PHONE_TEXT, "the helper's paper counts");
  // Nastaliq is wide and tall: the grid and its history still fit the phone's width.
  expect(await helper.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shootPhone(helper, "phone-ur-paper");
  // The helper's tally of the "About you" slips and the door's "who wants the report", in Urdu too.
  await helper.getByText(CATALOGUES.ur.aboutYou.tally.summary).click();
  const slips = helper.locator(".tally__input").first();
  await slips.fill("x");
  await slips.press("Tab");
  await expect(helper.getByRole("alert")).toHaveText(CATALOGUES.ur.aboutYou.tally.invalid.replace("{{max}}", "100,000"));
  await slips.fill("3");
  await slips.press("Tab");
  await expect(helper.getByRole("alert")).toHaveCount(0);
  await helper.getByRole("button", { name: CATALOGUES.ur.hearBack.doorOpen }).click();
  await expect(helper.getByLabel(CATALOGUES.ur.hearBack.nameDoor)).toBeVisible();
  await expectNoEnglish(helper, "ur", PHONE_TEXT, "the helper's tally of slips and the door's form");
  await shootPhone(ur, "phone-ur-thanks");
  await shootPhone(phones.get("ar")!, "phone-ar-thanks");
  await expectNoSeriousA11yViolations(ur);
  await expectNoSeriousA11yViolations(phones.get("ar")!);
});

/**
 * After its note, a phone is offered "About you" (all nine standard questions) and, last, the
 * card to get the report: both in the phone's language, a mistake in the form said in it too.
 */
async function aboutYouAndHearBack(p: Page, lang: (typeof LANGS)[number]) {
  const words = CATALOGUES[lang];
  const about = p.getByRole("region", { name: words.aboutYou.heading });
  await expect(about.getByRole("group")).toHaveCount(9);
  await expect(about.getByRole("radio", { name: words.aboutYou.preferNot })).toHaveCount(9);
  await expectNoEnglish(p, lang, PHONE_TEXT, "the About-you form");
  if (lang === "ur") await about.screenshot({ path: `${screens}/about-you-phone-ur.png` });

  const card = p.getByRole("region", { name: words.hearBack.heading });
  await card.getByRole("button", { name: words.hearBack.open }).click();
  await card.getByLabel(words.hearBack.phone).fill("12");
  await card.getByRole("button", { name: words.hearBack.send }).click();
  await expect(card.getByRole("alert")).toHaveText(words.hearBack.problem.phone);
  await card.getByRole("radio", { name: words.hearBack.channel.post }).check();
  await expect(card.getByLabel(words.hearBack.address)).toBeVisible();
  await expectNoEnglish(p, lang, PHONE_TEXT, "the card to get the report");
  if (lang === "ur") await card.screenshot({ path: `${screens}/hear-back-phone-ur.png` });
  await card.getByRole("button", { name: words.hearBack.notNow }).click();
  await expect(card.getByRole("button", { name: words.hearBack.open })).toBeVisible();
}
