import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { arrowUntil, board, eventUrl, seedEvent } from "./support/board";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

/**
 * A real mouse drag: press, move in steps (so the drag starts and follows), release. The
 * board scrolls itself while a note is dragged near its edge, so the pointer settles on the
 * target where it is at the end of the move before letting go.
 */
async function mouseDrag(page: Page, from: Locator, to: Locator) {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 3 });
  const b = (await to.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  const c = (await to.boundingBox())!;
  await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2, { steps: 2 });
  await page.mouse.up();
}

test("a note moves into a theme with the keyboard alone, told in plain words, and undo and redo move it back and forth", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, { themes: ["Transport"], notes: [{ text: "No buses after 6pm" }, { text: "Lifts broken" }] });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  await expect(b.face("No buses after 6pm")).toBeVisible();

  // Tab from the note box to the first note, past the note box's and the toolbar's controls.
  const face = b.face("No buses after 6pm");
  for (let i = 0; i < 20 && !(await face.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(face).toBeFocused();
  await expect(b.face("No buses after 6pm")).toHaveAttribute("aria-roledescription", "movable note");
  await page.keyboard.press("Space");
  await expect(b.liveRegion).toHaveText(/Picked up the note “No buses after 6pm”\. Use the arrow keys to move it/);
  await arrowUntil(page, b.liveRegion, /^Over the theme Transport\.$/);
  await expect(b.liveRegion).toHaveText("Over the theme Transport.");
  await page.keyboard.press("Space");
  await expect(b.liveRegion).toHaveText("The note “No buses after 6pm” was moved to the theme Transport.");
  await expect(b.themeNotes("Transport").locator(".sticky__text")).toHaveText(["No buses after 6pm"]);
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Lifts broken"]);
  // Focus stays on the note, so the next keyboard action can follow.
  await expect(b.face("No buses after 6pm")).toBeFocused();

  // A drag is one step: Ctrl+Z takes the note back, Shift+Ctrl+Z moves it again.
  await page.keyboard.press("Control+z");
  await expect(b.note("No buses after 6pm", b.unsorted)).toBeVisible();
  await expect(b.messages).toContainText("Undone: Move a note.");
  await page.keyboard.press("Control+Shift+z");
  await expect(b.note("No buses after 6pm", b.themeNotes("Transport"))).toBeVisible();

  // Escape cancels a drag: nothing moves.
  await b.face("Lifts broken").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  await expect(b.liveRegion).toHaveText("Moving cancelled. The note “Lifts broken” is back where it was.");
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Lifts broken"]);
  await expectNoSeriousA11yViolations(page);
});

test("a mouse drag moves a note between themes, and dropping a note on another makes a theme of both", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, {
    themes: ["Transport", "Housing"],
    notes: [{ text: "Lifts broken", theme: "Transport" }, { text: "Damp flats", theme: "Housing" }, { text: "Park is dark at night" }, { text: "No street lights on Elm Road" }],
  });
  // Tall enough that a note low in a theme and the unsorted area are on screen together (the run view scrolls its tab).
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);

  // Between themes: "Lifts broken" belongs with housing, above "Damp flats".
  await mouseDrag(page, b.face("Lifts broken"), b.face("Damp flats"));
  await expect(b.themeNotes("Housing").locator(".sticky__text")).toHaveText(["Lifts broken", "Damp flats"]);
  await expect(b.theme("Transport")).toContainText("Drop notes here.");

  // On an unsorted note: a new theme of the two.
  await mouseDrag(page, b.face("Park is dark at night"), b.face("No street lights on Elm Road"));
  await expect(b.themeNotes("Theme 3").locator(".sticky__text")).toHaveText(["No street lights on Elm Road", "Park is dark at night"]);
  await expect(b.unsorted).toBeHidden();
  await expect(page.getByText("No notes here.")).toBeVisible();

  // Back to unsorted by dropping on the unsorted area.
  await mouseDrag(page, b.face("Damp flats"), page.getByRole("region", { name: /^Unsorted/ }));
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Damp flats"]);

  // Undo the three drags, one step each, with the button.
  const undo = b.undo;
  await undo.click();
  await expect(b.themeNotes("Housing").locator(".sticky__text")).toHaveText(["Lifts broken", "Damp flats"]);
  await undo.click();
  await expect(b.theme("Theme 3")).toBeHidden();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Park is dark at night", "No street lights on Elm Road"]);
  await undo.click();
  await expect(b.themeNotes("Transport").locator(".sticky__text")).toHaveText(["Lifts broken"]);
  await expect(b.redo).toBeEnabled();
});

test("themes are renamed, recoloured, reordered, collapsed and deleted (their notes back to unsorted, with Undo)", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, {
    themes: ["Transport", "Housing"],
    notes: [{ text: "Buses", theme: "Transport" }, { text: "Damp", theme: "Housing" }, { text: "Lifts", theme: "Housing" }],
  });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);

  await page.getByLabel("New theme").fill("Safety");
  await page.getByLabel("New theme").press("Enter");
  await expect(b.theme("Safety")).toContainText("Drop notes here.");

  await page.getByRole("button", { name: "Rename theme Transport" }).click();
  await page.getByLabel("Theme title").fill("Getting about");
  await page.getByLabel("Theme title").press("Enter");
  await expect(page.getByRole("heading", { name: "Getting about (1)" })).toBeVisible();

  await page.getByLabel("Colour of theme Housing").selectOption("rose");
  await expect(b.theme("Housing")).toHaveCSS("background-color", "rgb(248, 219, 224)");

  await page.getByRole("button", { name: "Move theme Safety earlier" }).click();
  await expect(page.locator(".theme__title")).toHaveText([/^Getting about/, /^Safety/, /^Housing/]);

  await page.getByRole("button", { name: "Collapse theme Housing" }).click();
  await expect(page.getByRole("button", { name: "Collapse theme Housing" })).toHaveAttribute("aria-expanded", "false");
  await expect(b.themeNotes("Housing")).toBeHidden();
  await page.getByRole("button", { name: "Collapse theme Housing" }).click();
  await expect(b.themeNotes("Housing")).toBeVisible();

  await page.getByRole("button", { name: "Delete theme Housing" }).click();
  await expect(b.theme("Housing")).toBeHidden();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Damp", "Lifts"]);
  const messages = b.messages;
  await expect(messages).toContainText("Theme “Housing” deleted; its notes are back in Unsorted.");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/board-theme-deleted.png` });
  await messages.getByRole("button", { name: "Undo" }).click();
  await expect(b.themeNotes("Housing").locator(".sticky__text")).toHaveText(["Damp", "Lifts"]);
  await expect(b.theme("Housing")).toHaveCSS("background-color", "rgb(248, 219, 224)");
});
