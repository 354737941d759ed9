import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { setUpElmRoad } from "./support/elm-road-setup";
import { SCREENS } from "../support/pdf";
import { RoomClient } from "./support/room-client";

test("commitments made at an event are tracked in the register and reported back as 'you said, we did'", async ({ page, hearth }) => {
  test.setTimeout(90_000);
  const room = await RoomClient.connect(hearth.url);
  const { eventId, previousId } = await setUpElmRoad(room);
  await page.setViewportSize({ width: 1280, height: 900 });

  // "Now what?" on the event page: add a commitment by keyboard.
  await page.goto(`${hearth.url}/#/events/${eventId}`);
  await page.getByRole("tab", { name: /Actions/ }).click();
  const panel = page.getByRole("region", { name: /Now what\?/ });
  await expect(panel.getByText("No commitments yet")).toBeVisible();
  await panel.getByLabel("What will be done").fill("Ask the council and the bus company for a shelter and a bench at the Elm Road stop");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Northfield Community Partnership");
  await panel.getByLabel("By when").fill("2027-01-31");
  // The search box offers the matching notes; Enter picks the first.
  await panel.getByRole("combobox", { name: "Answers" }).fill("no shelter at the elm");
  await expect(panel.getByRole("option", { name: "Note: No shelter at the Elm Road bus stop, older people wait in the rain" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("combobox", { name: "Answers" })).toHaveValue("No shelter at the Elm Road bus stop, older people wait in the rain");
  await panel.getByLabel("What will be done").press("Enter");
  const rows = panel.getByRole("list", { name: "This event's actions" }).getByRole("listitem");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Answers: No shelter at the Elm Road bus stop");
  await expect(panel.getByLabel("What will be done")).toHaveValue("");
  await expect(panel.getByLabel("What will be done")).toBeFocused();

  // Last time's unfinished commitments can be carried into this event.
  await panel.getByText("Unfinished actions from earlier events (2)").click();
  await panel.getByRole("listitem").filter({ hasText: "Raise GP phone access with the practice" }).getByRole("button", { name: "Carry forward" }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Carried forward" })).toHaveCount(1);
  await expect(panel.getByText("Unfinished actions from earlier events (1)")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/event-actions.png`, fullPage: true });

  // The partnership meeting reviews the register and records progress.
  await page.getByRole("link", { name: "Actions register" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Actions register" })).toBeVisible();
  const register = page.getByRole("list", { name: "Actions" }).getByRole("listitem");
  await expect(register).toHaveCount(5);
  const gp = register.filter({ hasText: "Elm Road summer listening event" }).filter({ has: page.locator('input[value="Raise GP phone access with the practice"]') });
  await gp.getByLabel(/^Status:/).selectOption("not-done");
  await gp.getByLabel(/^Progress:/).fill("Meeting postponed twice");
  await gp.getByLabel(/^Progress:/).press("Enter");
  await page.getByLabel("Status", { exact: true }).selectOption("not-done");
  await expect(register).toHaveCount(1);
  await expect(register.first().getByLabel(/^Progress:/)).toHaveValue("Meeting postponed twice");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "All" });
  await page.getByLabel("Neighbourhood").selectOption("Elm Road estate");
  await expect(register).toHaveCount(5);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SCREENS}/actions-register.png`, fullPage: true });
  const saved = (await room.call("actions.register", { status: "not-done" })).entries.map((e) => [e.event.id, e.action.text, e.action.update]);
  expect(saved).toEqual([[previousId, "Raise GP phone access with the practice", "Meeting postponed twice"]]);

  // The report carries both: this event's commitments, and last time's with their status and explanation.
  await page.goto(`${hearth.url}/#/events/${eventId}/report`);
  const preview = page.frameLocator('iframe[title="Report preview"]');
  const next = preview.locator("section.section--what-next");
  await expect(next.getByRole("row")).toHaveCount(3);
  await expect(next).toContainText("Ask the council and the bus company for a shelter and a bench at the Elm Road stop");
  await expect(next).toContainText("Carried forward from Elm Road summer listening event (20 June 2026)");
  await expect(next).toContainText("Answers: No shelter at the Elm Road bus stop, older people wait in the rain");
  const did = preview.locator("section.section--you-said-we-did");
  await expect(did.getByRole("row").filter({ hasText: "Raise GP phone access" })).toContainText("Not done");
  await expect(did.getByRole("row").filter({ hasText: "Raise GP phone access" })).toContainText("Meeting postponed twice");
  await expect(did.getByRole("row").filter({ hasText: "damp survey" })).toContainText("Done");
  await expect(did.getByRole("row").filter({ hasText: "youth session" })).toContainText("In progress");
  room.close();
});
