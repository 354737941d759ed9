import Database from "better-sqlite3";
import { join } from "node:path";
import type { Page, WebSocketRoute } from "@playwright/test";
import { expect, test } from "./support/hearth";
import { createEvent, letDevicesJoin, phone, shootPhone } from "./support/devices";

// A note-taker's phone loses the network and gets it back five times,
// with notes typed while it is away each time, and answers that arrive late (the room has
// saved a note, but the phone never heard so before the drop: it must send it again, and the
// room must keep it once). The phone says "Offline, N unsent" meanwhile; at the end every
// note is on the board, and in the database, exactly once.

async function addNote(p: Page, text: string) {
  await p.getByLabel("Your note", { exact: true }).fill(text);
  await p.getByRole("button", { name: "Add note" }).click();
  await expect(p.getByLabel("Your note", { exact: true })).toHaveValue("");
}

/**
 * The phone's WebSocket through a relay the test controls: `cut` drops every socket and
 * refuses new ones (the Wi-Fi gone), `answerDelayMs` holds the room's answers back (a slow
 * network), frames from the phone go through at once.
 */
function relay() {
  const state = { cut: false, answerDelayMs: 0 };
  const live = new Set<WebSocketRoute>();
  const handler = (ws: WebSocketRoute) => {
    if (state.cut) return void ws.close();
    const server = ws.connectToServer();
    live.add(ws);
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => {
      const deliver = () => live.has(ws) && ws.send(m);
      if (state.answerDelayMs > 0) setTimeout(deliver, state.answerDelayMs);
      else deliver();
    });
    ws.onClose(() => (live.delete(ws), server.close()));
    server.onClose(() => (live.delete(ws), ws.close()));
  };
  const cutNow = () => {
    state.cut = true;
    for (const ws of [...live]) (live.delete(ws), ws.close());
  };
  return { state, handler, cutNow };
}

test("a note-taker's phone dropping off the network five times shows its unsent notes, and every note arrives exactly once", async ({ page, context, browser, hearth }) => {
  test.setTimeout(150_000);
  const eventId = await createEvent(page, hearth.url, "Brook House residents' meeting");
  const board = await context.newPage();
  await board.goto(`${hearth.url}/#/events/${eventId}`);
  const boardNotes = board.getByRole("list", { name: "Notes" }).getByRole("listitem");
  const invite = await letDevicesJoin(page, hearth.url, eventId);

  const a = await phone(browser, "en-GB");
  const net = relay();
  await a.context.routeWebSocket(/\/ws$/, net.handler);
  await a.page.goto(invite.notetaker);
  await expect(a.page.getByText("You are a Note-taker")).toBeVisible();
  const status = a.page.getByRole("status");
  await expect(status).toHaveText("Online");
  const typed: string[] = [];
  const type = async (text: string) => (typed.push(text), addNote(a.page, text));
  /** The Wi-Fi goes: the browser says so (offline) and the relay drops the socket. */
  const wifiOff = async () => (net.cutNow(), a.context.setOffline(true));
  const wifiOn = async () => ((net.state.cut = false), a.context.setOffline(false));
  const allArrived = async () => {
    await expect(status).toHaveText("Online", { timeout: 20_000 });
    await expect(boardNotes).toHaveText(typed, { timeout: 20_000 });
    await expect(a.page.locator(".sticky--pending")).toHaveCount(0);
  };

  // 1–2: offline, a few notes each time, back online.
  for (const [cycle, count] of [[1, 1], [2, 3]] as const) {
    await wifiOff();
    await expect(status).toHaveText("Offline, 0 unsent");
    for (let i = 1; i <= count; i++) {
      await type(`Cycle ${cycle}, note ${i}, typed offline`);
      await expect(status).toHaveText(`Offline, ${i} unsent`);
    }
    await expect(a.page.locator(".sticky--pending")).toHaveCount(count);
    if (cycle === 2) await shootPhone(a.page, "phone-offline-cycles");
    await wifiOn();
    await allArrived();
  }

  // 3: back, and gone again at once (a flapping connection), then back for good.
  await wifiOff();
  for (let i = 1; i <= 2; i++) await type(`Cycle 3, note ${i}, typed offline`);
  await expect(status).toHaveText("Offline, 2 unsent");
  await wifiOn();
  await wifiOff();
  await expect(status).toHaveText(/^Offline, [0-2] unsent$/u);
  await type("Cycle 3, note 3, typed while flapping");
  await wifiOn();
  await allArrived();

  // 4: the socket drops (the browser does not notice) just after the room saved a note, before its answer came.
  net.state.answerDelayMs = 4_000;
  await type("Cycle 4, note 1, saved but never answered");
  await expect(boardNotes).toHaveText(typed); // the room has it…
  net.cutNow(); // …and the phone never hears so
  await expect(status).toHaveText("Offline, 1 unsent");
  await type("Cycle 4, note 2, typed offline");
  await expect(status).toHaveText("Offline, 2 unsent");
  net.state.answerDelayMs = 0;
  net.state.cut = false;
  await allArrived();

  // 5: two notes saved but unanswered when the Wi-Fi goes, one more typed while it is gone.
  net.state.answerDelayMs = 4_000;
  await type("Cycle 5, note 1, saved but never answered");
  await type("Cycle 5, note 2, saved but never answered");
  await expect(boardNotes).toHaveText(typed);
  await wifiOff();
  await expect(status).toHaveText("Offline, 2 unsent");
  await type("Cycle 5, note 3, typed offline");
  await expect(status).toHaveText("Offline, 3 unsent");
  net.state.answerDelayMs = 0;
  await wifiOn();
  await allArrived();

  // Exactly once: on the board after a reload, on the phone, and in the room's database.
  expect(typed).toHaveLength(12);
  await board.reload();
  await expect(boardNotes).toHaveText(typed);
  await expect(a.page.getByRole("list", { name: "Your notes" }).getByRole("listitem")).toHaveCount(typed.length);
  const db = new Database(join(hearth.dataDir, "hearth.db"), { readonly: true });
  try {
    const rows = db.prepare(`SELECT text, COUNT(*) AS n FROM note WHERE event_id = ? GROUP BY text ORDER BY MIN(created_seq)`).all(eventId);
    expect(rows).toEqual(typed.map((text) => ({ text, n: 1 })));
  } finally {
    db.close();
  }
  await a.context.close();
});
