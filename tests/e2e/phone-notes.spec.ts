import { expectNoSeriousA11yViolations } from "./support/axe";
import { phone, screens, shootPhone } from "./support/devices";
import { expect, test } from "./support/hearth";
import { listeningEvent } from "./support/phone-voting";
import { RoomClient } from "./support/room-client";
import { newId } from "../../src/api";

const QUESTIONS = [
  "What matters most to you about living here?",
  "What makes it hard to stay healthy and well here?",
  "What would make the biggest difference, and who could help?",
];

test("a note-taker's phone: the note box on the first screen, questions once, Enter sends, own notes edited or withdrawn until themed", async ({ page, context, browser, hearth }) => {
  test.setTimeout(120_000);
  const { eventId, invite } = await listeningEvent(page, hearth.url, "Elm Road listening event");
  const p = await phone(browser, "en-GB");
  await p.page.goto(invite.notetaker);
  await expect(p.page.getByText("You are a Note-taker")).toBeVisible();

  // The box is on the first screen (360×640), and each question is on the screen once.
  const box = p.page.getByLabel("Your note", { exact: true });
  await expect(box).toBeVisible();
  const rect = await box.boundingBox();
  expect(rect, "the note box has a box").not.toBeNull();
  expect(rect!.y + rect!.height, "the note box ends within the first screen").toBeLessThanOrEqual(640);
  for (const q of QUESTIONS) await expect(p.page.getByText(q, { exact: true })).toHaveCount(1);
  await shootPhone(p.page, "phone-notetaker-notes-stage");

  // Enter sends; Shift+Enter starts a new line.
  await box.fill("The bus stop has no shelter");
  await box.press("Shift+Enter");
  await box.pressSequentially("and the timetable is wrong");
  await box.press("Enter");
  await expect(box).toHaveValue("");
  await box.fill("Lifts broken for weeks");
  await box.press("Enter");
  const board = await context.newPage();
  await board.goto(`${hearth.url}/#/events/${eventId}`);
  const texts = board.locator(".sticky__text");
  await expect(texts).toHaveText(["The bus stop has no shelter\nand the timetable is wrong", "Lifts broken for weeks"]);

  // Edit one's own note; withdraw another.
  const mine = p.page.getByRole("list", { name: "Your notes" }).getByRole("listitem");
  await expect(mine).toHaveCount(2);
  await p.page.getByRole("button", { name: "Edit your note: Lifts broken" }).click();
  const editor = p.page.getByLabel("Change your note");
  await editor.fill("Lifts in Brook House broken for weeks");
  await editor.press("Enter");
  await expect(texts).toHaveText(["The bus stop has no shelter\nand the timetable is wrong", "Lifts in Brook House broken for weeks"]);
  await p.page.getByRole("button", { name: "Withdraw your note: The bus stop" }).click();
  await expect(texts).toHaveText(["Lifts in Brook House broken for weeks"]);
  await expect(mine).toHaveCount(1);
  await expectNoSeriousA11yViolations(p.page);

  // Once the facilitator puts it in a theme, it is no longer the phone's to change.
  const room = await RoomClient.connect(hearth.url);
  const noteId = await mine.first().getAttribute("data-note-id");
  await room.call("themes.create", { id: newId(), eventId, title: "Housing", noteIds: [noteId!] });
  room.close();
  await expect(mine.first()).toContainText("In a theme");
  await expect(p.page.getByRole("button", { name: /^Edit your note/ })).toHaveCount(0);
  await expect(p.page.getByRole("button", { name: /^Withdraw your note/ })).toHaveCount(0);
  await p.page.screenshot({ path: `${screens}/phone-notetaker-mine.png`, fullPage: true });
  await p.context.close();
});
