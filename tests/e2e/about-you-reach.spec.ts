import { newId } from "../../src/api";
import { addDays, defaultMonitoringSet, EventId, localToday } from "../../src/core";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { phone, screens, shootPhone } from "./support/devices";
import { expect, test } from "./support/hearth";
import { RoomClient } from "./support/room-client";
import { listeningEvent } from "./support/phone-voting";

const HOOD = "Elm Road estate";

test("the neighbourhood page shows reach against its groups, small numbers hidden, and who has not been heard from in 6 months", async ({ page, hearth }) => {
  test.setTimeout(120_000);
  const room = await RoomClient.connect(hearth.url);
  const today = localToday();
  const held = async (date: string, counts: [string, string, number][]) => {
    const eventId = newId();
    await room.call("events.create", { id: eventId, title: `Elm Road listening event ${date}`, date, neighbourhood: HOOD });
    await room.call("monitoring.save", {
      ...defaultMonitoringSet(EventId.parse(eventId)),
      enabled: true,
      targets: [
        { id: "young-carers", label: "Young carers", questionId: "carer", optionId: "yes", hopedFor: 5 },
        { id: "travellers", label: "Gypsy and Traveller residents", questionId: "ethnicity", optionId: "gypsy-traveller", hopedFor: 3 },
      ],
    });
    for (const [questionId, optionId, count] of counts) await room.call("monitoring.tally", { eventId, questionId, optionId, count });
  };
  await held(addDays(today, -300), [["ethnicity", "gypsy-traveller", 2], ["carer", "yes", 3]]);
  await held(addDays(today, -20), [["carer", "yes", 7]]);
  const { neighbourhoods } = await room.call("neighbourhoods.directory", {});
  room.close();
  const hood = neighbourhoods.find((n) => n.name === HOOD)!;

  await page.goto(`${hearth.url}/#/neighbourhoods/${hood.id}`);
  const reach = page.getByRole("region", { name: "Who we heard from" });
  await expect(reach.getByRole("table")).toContainText("Young carers1010yes");
  await expect(reach.getByRole("table")).toContainText("Gypsy and Traveller residents6fewer than 5not yet");
  await expect(reach.getByRole("heading", { name: "Groups we have not heard from in 6 months" })).toBeVisible();
  await expect(reach.getByRole("listitem")).toHaveText([/^Gypsy and Traveller residents: last heard from at the event of /]);
  await expectNoSeriousA11yViolations(page);
  await reach.screenshot({ path: `${screens}/about-you-reach.png` });
});

test("a helper tallies About you slips on a note-taker's phone, and the laptop counts them", async ({ page, browser, hearth }) => {
  test.setTimeout(150_000);
  const { eventId, invite } = await listeningEvent(page, hearth.url, "Elm Road listening event");
  const helper = await phone(browser, "en-GB");
  await helper.page.goto(invite.notetaker);
  await expect(helper.page.getByText("You are a Note-taker")).toBeVisible();
  // Not asked at this event yet: nothing to tally.
  await expect(helper.page.getByText("Count the “About you” paper slips")).toHaveCount(0);
  const room = await RoomClient.connect(hearth.url);
  await room.call("monitoring.save", { ...defaultMonitoringSet(EventId.parse(eventId)), enabled: true });
  room.close();
  await helper.page.reload();
  const tally = helper.page.getByText("Count the “About you” paper slips");
  await tally.focus();
  await helper.page.keyboard.press("Enter");
  const box = helper.page.getByRole("textbox", { name: "Female What is your sex?", exact: true });
  await box.focus();
  await helper.page.keyboard.press("Control+A");
  await helper.page.keyboard.type("6");
  await helper.page.keyboard.press("Enter");
  await expect(helper.page.getByRole("textbox", { name: "Male What is your sex?", exact: true })).toBeFocused();
  await expect(box).toHaveValue("6");
  await expectNoSeriousA11yViolations(helper.page);
  await shootPhone(helper.page, "about-you-helper-tally");

  await page.goto(`${hearth.url}/#/events/${eventId}/about-you`);
  await expect(page.getByRole("table", { name: "What is your sex?" }).first()).toContainText("Female6Total6");
  await helper.context.close();
});
