import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

async function createEvent(page: Page, fields: { title: string; neighbourhood?: string; venue?: string }) {
  await page.getByLabel("Title").fill(fields.title);
  if (fields.neighbourhood) await page.getByLabel("Neighbourhood").fill(fields.neighbourhood);
  if (fields.venue) await page.getByLabel("Venue").fill(fields.venue);
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByLabel("New note")).toBeFocused();
}

async function addNote(page: Page, text: string) {
  await page.getByLabel("New note").fill(text);
  await page.getByLabel("New note").press("Enter");
  await expect(page.locator(".sticky:not(.sticky--pending)").last()).toHaveText(text.trim().normalize("NFC")); // the room stores NFC
}

test("B3: a U+202E or right-to-left text cannot reorder the line around it; mixed scripts, emoji and combining marks render as typed", async ({ page, hearth }) => {
  await page.goto(hearth.url);
  const neighbourhood = "Elm\u202E Road estate";
  await createEvent(page, { title: "שכונה Elm Road \u202Eevil.exe", neighbourhood, venue: "St Barnabas hall" });
  const notes = [
    "لا توجد إضاءة في الحديقة ليلاً — no lights in the park",
    "بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں (Urdu) and English",
    "\u202Ethis note tries to flip the board",
    "👩‍👩‍👧‍👦 families 🇵🇱 Sąsiedzi są życzliwi",
    "Cafe\u0301 e\u0301 n\u0303 combining marks",
  ];
  for (const n of notes) await addNote(page, n);
  const stickies = page.locator(".sticky__text");
  await expect(stickies).toHaveText(notes.map((n) => n.normalize("NFC")));
  expect(await stickies.nth(0).evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  expect(await stickies.nth(3).evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
  // Each note is its own isolated paragraph: the note after the U+202E one is not reversed.
  expect(await stickies.nth(3).evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe("plaintext");
  await page.screenshot({ path: `${screens}/bidi-notes.png`, fullPage: true });

  // In a line of the events list, what follows user text keeps its place (left to right).
  await page.getByRole("link", { name: "Events", exact: true }).click();
  const meta = page.locator(".event-list__meta").first();
  await expect(meta).toContainText("St Barnabas hall");
  const parts = meta.locator("bdi");
  await expect(parts).toHaveText([neighbourhood, "St Barnabas hall"]);
  const [hood, venue] = [await parts.nth(0).boundingBox(), await parts.nth(1).boundingBox()];
  expect(venue!.x).toBeGreaterThan(hood!.x + hood!.width - 1);
  const title = page.locator(".event-list__title").first();
  expect(await title.evaluate((el) => el.tagName)).toBe("BDI");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/bidi-events.png`, fullPage: true });
});

test("B4: markup, javascript: links and template syntax are shown literally everywhere text shows, and nothing runs", async ({ page, hearth }) => {
  await page.goto(hearth.url);
  await page.evaluate(() => ((window as unknown as { __pwned?: number }).__pwned = undefined));
  const title = `<img src=x onerror="window.__pwned=1">{{7*7}}`;
  const neighbourhood = "<script>window.__pwned=2</script>";
  const venue = "javascript:window.__pwned=3";
  await createEvent(page, { title, neighbourhood, venue });
  const notes = ["<script>window.__pwned=4</script>", '<img src=x onerror="window.__pwned=5">', "javascript:alert(document.cookie)", "{{7*7}} ${7*7} <%= 7*7 %>", "[click me](javascript:window.__pwned=6)"];
  for (const n of notes) await addNote(page, n);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(`${title} · Hearth`);
  await expect(page.locator(".event-page__meta")).toContainText(`${neighbourhood} · ${venue}`);
  await expect(page.locator(".sticky__text")).toHaveText(notes);
  await page.getByRole("tab", { name: /Report/ }).click();
  await page.getByRole("button", { name: "Delete this event…" }).click();
  await expect(page.getByRole("dialog")).toContainText(`This deletes ${title} and everything in it`);
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

  await page.getByRole("link", { name: "Events", exact: true }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.locator(".event-list__meta")).toContainText(`${neighbourhood} · ${venue}`);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('a[href^="javascript:"], img[src="x"], main script').count()).toBe(0);
  await expect(page.getByText("49")).toHaveCount(0);
  await page.screenshot({ path: `${screens}/markup-literal.png`, fullPage: true });
});

test("privacy: retention is chosen per event, and deleting needs the title typed", async ({ page, hearth }) => {
  await page.goto(hearth.url);
  await createEvent(page, { title: "Brook House evening" });
  await addNote(page, "A resident's words");
  await page.getByRole("tab", { name: /Report/ }).click();
  const keep = page.getByLabel("Keep this event's notes");
  await expect(keep).toHaveValue("");
  await keep.selectOption({ label: "6 months after the event" });
  await page.reload();
  await expect(page.getByLabel("Keep this event's notes")).toHaveValue("6");

  await page.getByRole("button", { name: "Delete this event…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this event for good?" });
  const confirm = dialog.getByRole("button", { name: "Delete the event" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type the event's title to confirm").fill("Brook House");
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel("Type the event's title to confirm").fill("Brook House evening");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/delete-event.png` });
  await confirm.click();
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expect(page.getByText("No events yet")).toBeVisible();
});
