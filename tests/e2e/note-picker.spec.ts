import { expectNoSeriousA11yViolations } from "./support/axe";
import { eventUrl, seedEvent } from "./support/board";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

// Many notes: the pickers must offer a few matches, never one option per note.
const NOTES = 120;
const notes = Array.from({ length: NOTES }, (_, i) => ({ text: i === 77 ? "Lifts in Brook House broken for weeks" : `Note ${i + 1} about the buses`, theme: i % 2 ? "Transport" : undefined }));

test("the spotlight and answers pickers search the notes by keyboard, list a few matches, and pass axe", async ({ page, hearth }) => {
  test.setTimeout(120_000);
  const eventId = await seedEvent(hearth, { themes: ["Transport", "Housing"], notes });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(eventUrl(hearth, eventId));
  await expect(page.locator(".sticky")).toHaveCount(NOTES);

  // The projector tab: nothing is listed until the picker is opened, and then only a few.
  await page.keyboard.press("Alt+4");
  const spotlight = page.getByRole("combobox", { name: "Spotlight" });
  await expect(spotlight).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("option")).toHaveCount(0);
  await spotlight.focus();
  await page.keyboard.press("ArrowDown");
  await expect(spotlight).toHaveAttribute("aria-expanded", "true");
  const listbox = page.getByRole("listbox", { name: "Matches" });
  // "Nothing in the spotlight", then at most eight matches, and how many there are in all.
  await expect(listbox.getByRole("option")).toHaveCount(9);
  await expect(page.getByRole("status").filter({ hasText: `8 of ${NOTES + 2} shown` })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Typing narrows; the first match is active; Enter picks it and closes the list.
  await page.keyboard.type("brook house");
  await expect(listbox.getByRole("option")).toHaveCount(2);
  const match = listbox.getByRole("option", { name: "Note: Lifts in Brook House broken for weeks" });
  await expect(match).toHaveAttribute("aria-selected", "true");
  await expect(spotlight).toHaveAttribute("aria-activedescendant", (await match.getAttribute("id"))!);
  await page.screenshot({ path: `${screens}/spotlight-picker.png` });
  await page.keyboard.press("Enter");
  await expect(spotlight).toHaveAttribute("aria-expanded", "false");
  await expect(spotlight).toHaveValue("Lifts in Brook House broken for weeks");
  await expect(page.getByRole("list", { name: "The evening at a glance" })).toContainText("Projector shows: a spotlight");

  // Escape closes the list and keeps the choice; Up from the top wraps to the last option.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.type("Transport");
  await expect(listbox.getByRole("option", { name: "Theme: Transport" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Escape");
  await expect(spotlight).toHaveAttribute("aria-expanded", "false");
  await expect(spotlight).toHaveValue("Lifts in Brook House broken for weeks");
  await page.keyboard.press("ArrowDown");
  await expect(listbox.getByRole("option", { name: "Nothing in the spotlight" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(spotlight).toHaveValue("");
  await expect(page.getByRole("list", { name: "The evening at a glance" })).toContainText("Projector shows: the notes");

  // The actions tab: what an action answers is chosen the same way, and sent with the form.
  await page.keyboard.press("Alt+5");
  const panel = page.getByRole("region", { name: /Now what\?/ });
  await panel.getByLabel("What will be done").fill("Ask the council to mend the lifts");
  const answers = panel.getByRole("combobox", { name: "Answers" });
  await answers.focus();
  await page.keyboard.type("lifts");
  await expect(panel.getByRole("option")).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Enter");
  await expect(answers).toHaveValue("Lifts in Brook House broken for weeks");
  await panel.getByLabel("What will be done").press("Enter");
  await expect(panel.getByRole("list", { name: "This event's actions" })).toContainText("Answers: Lifts in Brook House broken for weeks");
  await expect(answers).toHaveValue("");
  await page.screenshot({ path: `${screens}/answers-picker.png` });
  await expectNoSeriousA11yViolations(page);
});
