import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./support/hearth";
import { createEvent, letDevicesJoin, phone, shootPhone } from "./support/devices";

/** An event, its board open in a second tab, and the doors open for devices. */
async function eventWithBoard(page: Page, context: BrowserContext, url: string, title: string) {
  const eventId = await createEvent(page, url, title);
  const board = await context.newPage();
  await board.goto(`${url}/#/events/${eventId}`);
  const boardNotes = board.getByRole("list", { name: "Notes" }).getByRole("listitem");
  return { eventId, board, boardNotes, invite: await letDevicesJoin(page, url, eventId) };
}

async function addNote(p: Page, text: string) {
  await p.getByLabel("Your note", { exact: true }).fill(text);
  await p.getByRole("button", { name: "Add note" }).click();
  await expect(p.getByLabel("Your note", { exact: true })).toHaveValue("");
}

test("a phone that goes offline keeps taking notes, shows them as unsent, and delivers each once when back", async ({ page, context, browser, hearth }) => {
  test.setTimeout(90_000);
  const { board, boardNotes, invite } = await eventWithBoard(page, context, hearth.url, "Brook House residents' meeting");

  const a = await phone(browser, "en-GB");
  await a.page.goto(invite.notetaker);
  await expect(a.page.getByText("You are a Note-taker")).toBeVisible();
  await addNote(a.page, "Before the drop");
  await expect(boardNotes).toHaveText(["Before the drop"]);

  // Checked in this Chromium: offline mode does not close an open WebSocket; it fires the
  // window's "offline" event, stops the socket's traffic and refuses new sockets. The phone's
  // transport drops its socket on that event (a silent dead socket is caught by its keep-alive).
  await a.context.setOffline(true);
  const status = a.page.getByRole("status");
  await expect(status).toHaveText("Offline, 0 unsent");
  for (const text of ["First while offline", "Second while offline", "Third while offline"]) await addNote(a.page, text);
  await expect(status).toHaveText("Offline, 3 unsent");
  await expect(a.page.locator(".sticky--pending")).toHaveCount(3);
  // Nothing reached the room while offline.
  await expect(boardNotes).toHaveCount(1);
  await shootPhone(a.page, "phone-offline");

  await a.context.setOffline(false);
  await expect(status).toHaveText("Online", { timeout: 15_000 });
  await expect(boardNotes).toHaveText(["Before the drop", "First while offline", "Second while offline", "Third while offline"]);
  await expect(a.page.locator(".sticky--pending")).toHaveCount(0);

  // Another drop and return: still nothing doubled.
  await a.context.setOffline(true);
  await expect(status).toHaveText("Offline, 0 unsent");
  await addNote(a.page, "Fourth, after a second drop");
  await a.context.setOffline(false);
  await expect(status).toHaveText("Online", { timeout: 15_000 });
  await expect(boardNotes).toHaveText(["Before the drop", "First while offline", "Second while offline", "Third while offline", "Fourth, after a second drop"]);
  await board.reload();
  await expect(boardNotes).toHaveCount(5);
  await a.context.close();
});

test("a reload keeps the phone joined, with its unsent notes, which arrive once when the room is back", async ({ page, context, browser, hearth }) => {
  test.setTimeout(90_000);
  const { eventId, boardNotes, invite } = await eventWithBoard(page, context, hearth.url, "Partnership meeting");

  const a = await phone(browser, "en-GB");
  // The page loads over HTTP; its WebSocket to the room can be cut on its own (the Wi-Fi drops for the socket only).
  let cut = false;
  const live: { close(): void }[] = [];
  await a.context.routeWebSocket(/\/ws$/, (ws) => {
    if (cut) return void ws.close();
    ws.connectToServer();
    live.push(ws);
  });
  await a.page.goto(invite.notetaker);
  await expect(a.page.getByText("You are a Note-taker")).toBeVisible();
  cut = true;
  for (const ws of live.splice(0)) ws.close();
  await expect(a.page.getByRole("status")).toHaveText("Offline, 0 unsent");
  await addNote(a.page, "Typed before the reload");
  await expect(a.page.getByRole("status")).toHaveText("Offline, 1 unsent");

  await a.page.reload();
  await expect(a.page).toHaveURL(/#\/device$/);
  await expect(a.page.getByText("You are a Note-taker")).toBeVisible();
  await expect(a.page.getByRole("status")).toHaveText("Offline, 1 unsent");
  await expect(a.page.getByRole("list", { name: "Your notes" }).getByRole("listitem")).toHaveText([/Typed before the reload.*Not sent yet/]);
  await addNote(a.page, "Typed after the reload");
  await expect(a.page.getByRole("status")).toHaveText("Offline, 2 unsent");
  await expect(boardNotes).toHaveCount(0);

  cut = false;
  await expect(a.page.getByRole("status")).toHaveText("Online", { timeout: 15_000 });
  await expect(boardNotes).toHaveText(["Typed before the reload", "Typed after the reload"]);
  await expect(a.page.getByRole("list", { name: "Your notes" }).getByRole("listitem")).toHaveText([/after the reload.*On the board/, /before the reload.*On the board/]);
  await a.page.reload();
  await expect(a.page.getByRole("status")).toHaveText("Online");
  await expect(boardNotes).toHaveCount(2);
  // One device, not two: the reloads found the same one.
  await page.goto(`${hearth.url}/#/events/${eventId}/devices`);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await a.context.close();
});
