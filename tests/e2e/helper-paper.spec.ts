import { expectNoSeriousA11yViolations } from "./support/axe";
import { phone, shootPhone } from "./support/devices";
import { expect, test } from "./support/hearth";
import { goToStage, listeningEvent, openRound, participant, roundCounts, typeNotes, typePaper } from "./support/phone-voting";

const SHELTER = "No shelter at the Elm Road bus stop";
const LIFTS = "Lifts in Brook House broken for weeks";
const GP = "GP phone queue: gave up after 40 minutes";

test("a helper types the paper board's dots on a note-taker's phone while the facilitator's laptop counts them", async ({ page, context, browser, hearth }) => {
  test.setTimeout(150_000);
  const { eventId, invite } = await listeningEvent(page, hearth.url, "Elm Road listening event");
  const helper = await phone(browser, "en-GB");
  await helper.page.goto(invite.notetaker);
  await expect(helper.page.getByText("You are a Note-taker")).toBeVisible();
  const resident = await participant(browser, invite.participant, "en-GB", "You are a Participant");
  await typeNotes(page, hearth.url, eventId, [SHELTER, LIFTS, GP]);
  await goToStage(page, hearth.url, eventId, "4. Prioritise");
  await expect(helper.page.getByRole("table")).toHaveCount(0);
  await openRound(page, hearth.url, eventId, { dots: 3, perItem: 2 });

  // The helper's phone shows the paper grid, first on the screen; the resident's phone shows none.
  const grid = helper.page.getByRole("table").filter({ has: helper.page.getByRole("columnheader", { name: "Dots on paper" }) });
  await expect(grid).toBeVisible();
  await expect(grid).toBeInViewport();
  await expect(resident.page.getByRole("columnheader", { name: "Dots on paper" })).toHaveCount(0);
  await typePaper(helper.page, { [SHELTER]: 7, [LIFTS]: 4, [GP]: 1 });
  await expectNoSeriousA11yViolations(helper.page);
  await shootPhone(helper.page, "phone-helper-paper");

  // The laptop counts them at once, in its own grid too.
  await expect(roundCounts(page)).toHaveText("0 voters, 12 dots");
  await expect(page.getByRole("textbox", { name: SHELTER, exact: true })).toHaveValue("7");
  // A correction from the laptop reaches the phone.
  await typePaper(page, { [LIFTS]: 5 });
  await expect(helper.page.getByRole("textbox", { name: LIFTS, exact: true })).toHaveValue("5");

  // Once the results are revealed the grid leaves the phone: corrections are the facilitator's.
  await page.getByRole("button", { name: "Close voting" }).click();
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(helper.page.getByRole("columnheader", { name: "Dots on paper" })).toHaveCount(0);
  await helper.context.close();
  await resident.context.close();
  void context;
});
