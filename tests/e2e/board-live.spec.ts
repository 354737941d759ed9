import { expectNoSeriousA11yViolations } from "./support/axe";
import { arrowUntil, board, eventUrl, seedEvent, startPrivateWriting } from "./support/board";
import { expect, test } from "./support/hearth";

const screens = "test-results/screens";

test("two tabs edit the same board at once and neither loses a change; undo never reverts the other's", async ({ page, context, hearth }) => {
  const eventId = await seedEvent(hearth, {
    themes: ["Transport", "Housing"],
    notes: [{ text: "Buses stop early" }, { text: "Lifts broken" }, { text: "Damp flats" }],
  });
  const second = await context.newPage();
  await Promise.all([page.goto(eventUrl(hearth, eventId)), second.goto(eventUrl(hearth, eventId))]);
  const one = board(page);
  const two = board(second);
  await expect(two.note("Damp flats")).toBeVisible();

  // Both type and sort at the same moment.
  const typing = (async () => {
    for (let i = 1; i <= 5; i++) {
      await one.box.fill(`Tab one note ${i}`);
      await one.box.press("Enter");
    }
  })();
  const sorting = (async () => {
    await two.note("Lifts broken").getByRole("button", { name: "Edit note" }).click();
    await second.getByLabel("Note text").fill("Lifts broken since March");
    await second.getByLabel("Note text").press("Enter");
    await second.getByLabel("New theme").fill("Health");
    await second.getByLabel("New theme").press("Enter");
    for (let i = 1; i <= 5; i++) {
      await two.box.fill(`Tab two note ${i}`);
      await two.box.press("Enter");
    }
  })();
  await Promise.all([typing, sorting]);
  const expected = ["Buses stop early", "Lifts broken since March", "Damp flats", ...[1, 2, 3, 4, 5].map((i) => `Tab one note ${i}`), ...[1, 2, 3, 4, 5].map((i) => `Tab two note ${i}`)].sort();
  for (const b of [one, two]) {
    await expect(b.unsorted.locator(".sticky:not(.sticky--pending)")).toHaveCount(13);
    expect((await b.unsorted.locator(".sticky__text").allTextContents()).sort()).toEqual(expected);
    await expect(b.theme("Health")).toBeVisible();
  }

  // Tab one moves a note into Transport; tab two then moves the same note on to Housing.
  // The last move the room received wins on both screens.
  await page.getByRole("button", { name: "Collapse theme Health" }).click();
  await one.face("Damp flats").focus();
  await page.keyboard.press("Space");
  await arrowUntil(page, one.liveRegion, /Over the theme Transport/);
  await expect(one.liveRegion).toHaveText(/Over the theme Transport/);
  await page.keyboard.press("Space");
  await expect(two.note("Damp flats", two.themeNotes("Transport"))).toBeVisible();
  await two.face("Damp flats").focus();
  await second.keyboard.press("Space");
  await arrowUntil(second, two.liveRegion, /Over the theme Housing/);
  await expect(two.liveRegion).toHaveText(/Over the theme Housing/);
  await second.keyboard.press("Space");
  for (const b of [one, two]) await expect(b.themeNotes("Housing").locator(".sticky__text")).toHaveText(["Damp flats"]);

  // Tab one's undo would take the note out of Transport, but tab two moved it since: it is kept where tab two put it.
  await one.undo.click();
  await expect(one.messages).toContainText("Not undone for 1 note: someone else changed it since. Their change was kept.");
  for (const b of [one, two]) await expect(b.themeNotes("Housing").locator(".sticky__text")).toHaveText(["Damp flats"]);
  // Tab one's own earlier step (collapsing Health) still undoes.
  await one.undo.click();
  await expect(second.getByRole("button", { name: "Collapse theme Health" })).toHaveAttribute("aria-expanded", "true");
});

test("notes written during private writing stay hidden from another tab until the facilitator reveals them", async ({ page, context, hearth }) => {
  const eventId = await seedEvent(hearth, { notes: [{ text: "Said out loud before" }] });
  await startPrivateWriting(hearth, eventId);
  const second = await context.newPage();
  await Promise.all([page.goto(eventUrl(hearth, eventId)), second.goto(eventUrl(hearth, eventId))]);
  const writer = board(page);
  const other = board(second);
  await expect(page.getByText("Private writing: other screens see your notes only when the facilitator reveals them.")).toBeVisible();

  await writer.box.fill("My carer has not visited for a month");
  await writer.box.press("Enter");
  await writer.box.fill("I feel unsafe walking home");
  await writer.box.press("Enter");
  // The writer sees their own notes, marked private; the other tab only how many wait.
  const mine = page.getByRole("list", { name: "Your private notes" });
  await expect(mine.locator(".sticky__text")).toHaveText(["My carer has not visited for a month", "I feel unsafe walking home"]);
  await expect(second.getByRole("heading", { name: "2 private notes waiting" })).toBeVisible();
  await expect(second.getByText("My carer")).toHaveCount(0);
  await expect(second.getByText("I feel unsafe")).toHaveCount(0);
  expect(await second.content()).not.toContain("carer");
  await expect(other.unsorted.locator(".sticky__text")).toHaveText(["Said out loud before"]);
  await expectNoSeriousA11yViolations(second);
  await second.screenshot({ path: `${screens}/board-private-waiting.png` });

  // A reload of the other tab still shows nothing but the count; the writer's own tab keeps its notes.
  await second.reload();
  await expect(second.getByRole("heading", { name: "2 private notes waiting" })).toBeVisible();
  expect(await second.content()).not.toContain("carer");
  await page.reload();
  await expect(mine.locator(".sticky__text")).toHaveText(["My carer has not visited for a month", "I feel unsafe walking home"]);

  await second.getByRole("button", { name: "Reveal private notes" }).click();
  for (const b of [writer, other])
    await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Said out loud before", "My carer has not visited for a month", "I feel unsafe walking home"]);
  await expect(second.getByRole("heading", { name: /private notes waiting/ })).toBeHidden();
  await expect(mine).toBeHidden();
});
