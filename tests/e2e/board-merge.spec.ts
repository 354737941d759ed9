import { expectNoSeriousA11yViolations } from "./support/axe";
import { board, eventUrl, seedEvent } from "./support/board";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

test("duplicates merge into one note raised 3 times, keeping each original's words and table, and unmerge back", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, {
    themes: ["Transport"],
    notes: [
      { text: "Buses stop at 6pm", theme: "Transport", table: "A" },
      { text: "No buses after six", table: "C" },
      { text: "Last bus far too early", table: "D" },
      { text: "Park is dark" },
    ],
  });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  for (const text of ["Buses stop at 6pm", "No buses after six", "Last bus far too early"])
    await b.note(text).getByRole("checkbox", { name: "Select for merging" }).check();
  await expect(page.getByText("3 selected")).toBeVisible();
  await page.getByRole("button", { name: "Merge 3 notes" }).click();

  const survivor = b.note("Buses stop at 6pm");
  const raised = survivor.getByRole("button", { name: "Raised 3 times" });
  await expect(raised).toHaveAttribute("aria-expanded", "false");
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Park is dark"]);
  await expect(b.messages).toContainText("Merged: one note now stands for 3.");
  await raised.click();
  await expect(survivor.getByRole("list", { name: "Merged duplicates" }).getByRole("listitem")).toHaveText([
    "No buses after six · Table C",
    "Last bus far too early · Table D",
  ]);
  // A search finds the survivor by the words of a duplicate.
  await page.getByLabel("Search notes").fill("far too early");
  await expect(page.getByText("Showing 1 of 2 notes")).toBeVisible();
  await expect(b.themeNotes("Transport").locator(".sticky__text")).toHaveText(["Buses stop at 6pm"]);
  await page.getByLabel("Search notes").fill("");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/board-merged.png` });

  await survivor.getByRole("button", { name: "Unmerge" }).click();
  await expect(b.themeNotes("Transport").locator(".sticky__text")).toHaveText(["Buses stop at 6pm", "No buses after six", "Last bus far too early"]);
  await expect(b.note("Last bus far too early").locator(".sticky__meta")).toHaveText("Table D");
  await expect(survivor.getByRole("button", { name: /Raised/ })).toBeHidden();

  // Undo the unmerge, then the merge: each one step.
  await b.undo.click();
  await expect(survivor.getByRole("button", { name: "Raised 3 times" })).toBeVisible();
  await b.undo.click();
  await expect(survivor.getByRole("button", { name: /Raised/ })).toBeHidden();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["No buses after six", "Last bus far too early", "Park is dark"]);
});

test("a note is edited in place, deleted without a confirmation, brought back by the toast's Undo, and found by filters", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, {
    themes: ["Health"],
    notes: [{ text: "GP never answers", theme: "Health", table: "A" }, { text: "Lifts broken", table: "B" }, { text: "Damp flats", table: "B" }],
  });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);

  await b.note("Lifts broken").getByRole("button", { name: "Edit note" }).click();
  const editor = page.getByLabel("Note text");
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue("Lifts broken");
  await editor.fill("Lifts broken for three weeks");
  await page.getByLabel("Table", { exact: true }).fill("C");
  await expectNoSeriousA11yViolations(page);
  await editor.press("Enter");
  await expect(b.note("Lifts broken for three weeks").locator(".sticky__meta")).toHaveText("Table C");
  await expect(b.face("Lifts broken for three weeks")).toBeFocused();
  // Escape leaves a note as it was.
  await b.note("Damp flats").getByRole("button", { name: "Edit note" }).click();
  await page.getByLabel("Note text").fill("changed my mind");
  await page.getByLabel("Note text").press("Escape");
  await expect(b.note("Damp flats")).toBeVisible();

  await b.note("Damp flats").getByRole("button", { name: "Delete note" }).click();
  await expect(b.note("Damp flats")).toBeHidden();
  const toast = b.messages;
  await expect(toast).toContainText("Note deleted.");
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Lifts broken for three weeks", "Damp flats"]);

  // Filters: by table, by theme, by words.
  await page.getByLabel("Filter by table").selectOption("B");
  await expect(page.getByText("Showing 1 of 3 notes")).toBeVisible();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Damp flats"]);
  await expect(b.theme("Health")).toContainText("No notes match the filter.");
  await page.getByLabel("Filter by table").selectOption("any");
  await page.getByLabel("Filter by theme").selectOption({ label: "Health" });
  await expect(b.themeNotes("Health").locator(".sticky__text")).toHaveText(["GP never answers"]);
  await expect(page.getByText("No unsorted notes match the filter.")).toBeVisible();
  await page.getByLabel("Filter by theme").selectOption("any");
  await page.getByLabel("Search notes").fill("THREE weeks");
  await expect(page.getByText("Showing 1 of 3 notes")).toBeVisible();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Lifts broken for three weeks"]);
});
