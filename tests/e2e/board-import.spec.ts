import { expectNoSeriousA11yViolations } from "./support/axe";
import { board, eventUrl, seedEvent } from "./support/board";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

test("a CSV of notes typed up from paper: the preview names each bad row, and only the good rows are imported, in one step", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, { themes: ["Transport"], notes: [{ text: "Typed on the night" }] });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  const csv = [
    "text,prompt,table,lang,theme",
    "No buses after 6pm,,A,en,Transport",
    ",,B,,",
    '"Lifts broken, again",,B,,Housing',
    "Bad language code,,C,english,",
    "لا توجد إضاءة في الحديقة ليلاً,,C,ar,Safety",
    "Unknown prompt,What is your favourite colour?,D,,",
  ].join("\n");

  await page.getByRole("button", { name: "Import CSV…" }).click();
  const panel = page.getByRole("region", { name: "Import notes from a CSV file" });
  await panel.getByLabel("CSV file").setInputFiles({ name: "table-sheets.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(panel.getByText("3 notes ready to import")).toBeVisible();
  await expect(panel.getByText("new themes: Housing, Safety")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Rows with problems" }).getByRole("listitem")).toHaveText([
    "Row 3: A note is empty",
    'Row 5: The language "english" is not a language code such as pl, ar or ur.',
    'Row 7: The prompt "What is your favourite colour?" is not one of this event\'s prompts (give its words or its number).',
  ]);
  await expect(panel.getByRole("table").getByRole("row")).toHaveCount(4); // header + 3 rows
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/board-csv-preview.png`, fullPage: true });

  await panel.getByRole("button", { name: "Import 3 notes" }).click();
  await expect(panel).toBeHidden();
  await expect(b.messages).toContainText("Imported 3 notes.");
  await expect(b.themeNotes("Transport").locator(".sticky__text")).toHaveText(["No buses after 6pm"]);
  await expect(b.themeNotes("Housing").locator(".sticky__text")).toHaveText(["Lifts broken, again"]);
  await expect(b.themeNotes("Safety").locator(".sticky__text")).toHaveText(["لا توجد إضاءة في الحديقة ليلاً"]);
  await expect(b.note("Lifts broken, again").locator(".sticky__meta")).toHaveText("Table B");

  // The whole import is one step: Undo takes every imported note and new theme away.
  await b.undo.click();
  await expect(b.theme("Housing")).toBeHidden();
  await expect(b.theme("Safety")).toBeHidden();
  await expect(b.themeNotes("Transport")).toBeHidden();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Typed on the night"]);
});

test("a file without a text column is refused as a whole, and nothing is imported", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, {});
  await page.goto(eventUrl(hearth, eventId));
  await page.getByRole("button", { name: "Import CSV…" }).click();
  const panel = page.getByRole("region", { name: "Import notes from a CSV file" });
  await panel.getByLabel("CSV file").setInputFiles({ name: "wrong.csv", mimeType: "text/csv", buffer: Buffer.from("comment,table\nhello,A\n") });
  await expect(panel.getByRole("alert")).toHaveText(/The file has no "text" column/);
  await expect(panel.getByRole("button", { name: "Import" })).toBeDisabled();
  await panel.getByRole("button", { name: "Cancel" }).click();
  await expect(panel).toBeHidden();
});
