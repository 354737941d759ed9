import { expectNoSeriousA11yViolations } from "./support/axe";
import { board, eventUrl, seedEvent, type SeedNote } from "./support/board";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

const THEMES = ["Transport", "Housing", "Health services", "Safety", "Young people", "Green spaces"];
const SAYINGS = [
  "No buses after 6pm on weekdays",
  "The lifts in Brook House have been broken for weeks",
  "Cannot get a GP appointment without waiting on the phone for an hour",
  "Street lights out on Elm Road",
  "Nowhere for teenagers to go in the evening",
  "The park needs more benches and a toilet",
  "لا توجد إضاءة في الحديقة ليلاً",
  "بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں",
  "Brak miejsca do parkowania przy przychodni",
  "Damp in the flats makes my son's asthma worse 😞",
];

/** 100 notes: 88 across six themes, 12 still unsorted, in a mix of scripts and lengths. */
function hundredNotes(): SeedNote[] {
  return Array.from({ length: 100 }, (_, i) => ({
    text: `${SAYINGS[i % SAYINGS.length]}${i >= SAYINGS.length ? ` (${Math.floor(i / SAYINGS.length) + 1})` : ""}`,
    theme: i < 88 ? THEMES[i % THEMES.length] : undefined,
    table: String.fromCharCode(65 + (i % 8)),
    lang: i % SAYINGS.length === 6 ? "ar" : i % SAYINGS.length === 7 ? "ur" : i % SAYINGS.length === 8 ? "pl" : "",
  }));
}

test("the board with 100 notes in themes, at 1280×720", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, { title: "Elm Road listening event", themes: THEMES, notes: hundredNotes() });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  await expect(page.locator(".sticky")).toHaveCount(100);
  await expect(page.getByText("100 notes", { exact: true })).toBeVisible();
  await expect(b.unsorted.locator(".sticky")).toHaveCount(12);
  await expect(b.themeNotes("Transport").locator(".sticky")).toHaveCount(15);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/board-100-notes.png` });
  // The board itself, scrolled to the top of the window, and the whole page.
  await page.locator(".board").evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: `${screens}/board-100-notes-themes.png` });
  await page.screenshot({ path: `${screens}/board-100-notes-full.png`, fullPage: true });
});
