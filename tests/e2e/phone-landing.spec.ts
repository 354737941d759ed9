import { newId } from "../../src/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { letDevicesJoin, phone, shootPhone } from "./support/devices";
import { expect, test } from "./support/hearth";
import { RoomClient } from "./support/room-client";

/** An Adaptive Action workshop at its "What?" stage: three questions, so the phones ask which one a note answers. */
async function workshopAtWhat(url: string): Promise<string> {
  const room = await RoomClient.connect(url);
  const eventId = newId();
  await room.call("events.create", { id: eventId, title: "Elm Road Adaptive Action", date: "2026-11-14", kind: "adaptive-action" });
  await room.call("run.next", { eventId });
  await room.call("run.next", { eventId });
  room.close();
  return eventId;
}

test("a phone on the hall's bare address goes to joining, and after joining a reload or the bare address brings back its own screen", async ({ page, browser, hearth }) => {
  test.setTimeout(120_000);
  const eventId = await workshopAtWhat(hearth.url);
  const invite = await letDevicesJoin(page, hearth.url, eventId);
  expect(invite.origin).not.toContain("127.0.0.1");

  const a = await phone(browser, "en-GB");
  await a.page.goto(`${invite.origin}/`);
  await expect(a.page.getByRole("heading", { name: "Join the event" })).toBeVisible();
  await expect(a.page).toHaveURL(/#\/join$/);
  await expect(a.page.getByText("Join the event first.")).toHaveCount(0);
  await expect(a.page.getByRole("button", { name: "Create event" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(a.page);
  await shootPhone(a.page, "phone-bare-address");

  // A facilitator's page address typed on a phone is not the facilitator's page either.
  await a.page.goto(`${invite.origin}/#/events/${eventId}`);
  await a.page.reload();
  await expect(a.page.getByRole("heading", { name: "Join the event" })).toBeVisible();

  await a.page.goto(invite.participant);
  await expect(a.page.getByText("You are a Participant")).toBeVisible();
  await a.page.goto(`${invite.origin}/`);
  await expect(a.page).toHaveURL(/#\/device$/);
  await expect(a.page.getByText("You are a Participant")).toBeVisible();
  await a.page.reload();
  await expect(a.page.getByText("You are a Participant")).toBeVisible();
  await expect(a.page.getByText("Join the event first.")).toHaveCount(0);
  await a.context.close();
});

test("an Arabic phone asks 'Which question?' in Arabic, and a Polish phone's default name is Polish", async ({ page, browser, hearth }) => {
  test.setTimeout(120_000);
  const eventId = await workshopAtWhat(hearth.url);
  const invite = await letDevicesJoin(page, hearth.url, eventId);

  const ar = await phone(browser, "ar");
  await ar.page.goto(invite.participant);
  await expect(ar.page.getByText("أنت مشارك")).toBeVisible();
  const which = ar.page.getByRole("group", { name: "أي سؤال؟" });
  await expect(which).toBeVisible();
  await expect(ar.page.getByText("Which question?")).toHaveCount(0);
  await expect(ar.page.locator(".device-who")).toContainText("تظهر باسم \u2068مشارك 1\u2069");
  await expectNoSeriousA11yViolations(ar.page);
  await shootPhone(ar.page, "phone-ar-which-question");

  const pl = await phone(browser, "pl-PL");
  await pl.page.goto(invite.notetaker);
  await expect(pl.page.getByText("Twoja rola: Protokolant")).toBeVisible();
  await expect(pl.page.locator(".device-who")).toContainText("Widoczne jako \u2068Protokolant 1\u2069");
  await expect(pl.page.getByText("Note-taker 1")).toHaveCount(0);
  await expect(pl.page.getByRole("group", { name: "Które pytanie?" })).toBeVisible();
  await expectNoSeriousA11yViolations(pl.page);
  await shootPhone(pl.page, "phone-pl-default-name");

  // The facilitator's list keeps the room's own words.
  await page.goto(`${hearth.url}/#/events/${eventId}/devices`);
  await expect(page.getByText("Note-taker 1").first()).toBeVisible();
  await ar.context.close();
  await pl.context.close();
});
