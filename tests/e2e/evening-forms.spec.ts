import type { Page } from "@playwright/test";
import { newId } from "../../src/api";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { board, eventUrl, seedEvent } from "./support/board";
import { expect, test } from "./support/hearth";
import { RoomClient } from "./support/room-client";

const screens = "test-results/screens";

/**
 * Holds the room's answers to this page while `held` is on, as a slow hall network would:
 * commands reach the room, their answers wait until `release()`.
 */
async function slowAnswers(page: Page) {
  let holding = false;
  const queue: (() => void)[] = [];
  await page.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (holding && String(message).includes('"type":"result"')) queue.push(() => ws.send(message));
      else ws.send(message);
    });
  });
  return {
    hold: () => (holding = true),
    release: () => {
      holding = false;
      for (const send of queue.splice(0)) send();
    },
  };
}

test("one press, one command: a double-click adds one theme and one action, and what is typed while the answer is on its way stays", async ({ page, hearth }) => {
  test.setTimeout(90_000);
  const eventId = await seedEvent(hearth, { themes: [], notes: [{ text: "Buses stop at 6pm" }] });
  const network = await slowAnswers(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  await expect(b.note("Buses stop at 6pm")).toBeVisible();

  // "Add theme", double-clicked while the room's answer is slow: one theme.
  await page.getByLabel("New theme").fill("Transport");
  network.hold();
  await page.getByRole("button", { name: "Add theme" }).dblclick();
  await expect(page.getByLabel("New theme")).toHaveValue("");
  network.release();
  await expect(b.theme("Transport")).toHaveCount(1);
  await page.waitForTimeout(1_000); // a second theme would have arrived by now
  await expect(page.getByRole("region", { name: /^Transport \(/ })).toHaveCount(1);
  await expect(page.getByRole("alert")).toHaveCount(0);

  // "Add action", double-clicked: one action. The next one typed straight away stays in the form.
  await page.getByRole("tab", { name: /Actions/ }).click();
  const actions = page.getByRole("list", { name: "This event's actions" }).getByRole("listitem");
  await page.getByLabel("What will be done").fill("Ask the bus company about a later service");
  await page.getByLabel("Who", { exact: true }).fill("Councillor Shah");
  network.hold();
  await page.getByRole("button", { name: "Add action" }).dblclick();
  await expect(page.getByLabel("What will be done")).toHaveValue("");
  await page.getByLabel("What will be done").fill("Put a bench at the stop");
  network.release();
  await expect(actions).toHaveCount(1);
  await expect(actions.first().getByLabel("Action", { exact: true })).toHaveValue("Ask the bus company about a later service");
  await expect(actions.first().getByRole("textbox", { name: /^Who: / })).toHaveValue("Councillor Shah");
  await page.waitForTimeout(1_000);
  await expect(actions).toHaveCount(1);
  await expect(page.getByLabel("What will be done")).toHaveValue("Put a bench at the stop");
  await expect(page.getByLabel("Who", { exact: true })).toHaveValue("");
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(actions).toHaveCount(2);
  await expect(page.getByLabel("What will be done")).toHaveValue("");

  const room = await RoomClient.connect(hearth.url);
  const themes = (await room.call("events.snapshot", { eventId })).theme.filter((t) => !t.deleted);
  room.close();
  expect(themes.map((t) => t.title)).toEqual(["Transport"]);
  await expectNoSeriousA11yViolations(page);
});

test("merging an unsorted note with a themed one keeps the merged note in the theme", async ({ page, hearth }) => {
  const eventId = await seedEvent(hearth, {
    themes: ["Transport"],
    notes: [{ text: "No buses after six", table: "C" }, { text: "Buses stop at 6pm", theme: "Transport", table: "A" }, { text: "Park is dark" }],
  });
  await page.goto(eventUrl(hearth, eventId));
  const b = board(page);
  // The unsorted note is chosen first: it is the one that remains.
  await b.note("No buses after six").getByRole("checkbox", { name: "Select for merging" }).check();
  await b.note("Buses stop at 6pm").getByRole("checkbox", { name: "Select for merging" }).check();
  await page.getByRole("button", { name: "Merge 2 notes" }).click();
  await expect(b.themeNotes("Transport").locator(".sticky__text")).toHaveText(["No buses after six"]);
  await expect(b.note("No buses after six").getByRole("button", { name: "Raised 2 times" })).toBeVisible();
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["Park is dark"]);
  await page.screenshot({ path: `${screens}/board-merged-into-theme.png` });
  // Undo puts both back where they were.
  await b.undo.click();
  await expect(b.themeNotes("Transport").locator(".sticky__text")).toHaveText(["Buses stop at 6pm"]);
  await expect(b.unsorted.locator(".sticky__text")).toHaveText(["No buses after six", "Park is dark"]);
});

test("Close event asks first; Cancel leaves the event running", async ({ page, hearth }) => {
  const room = await RoomClient.connect(hearth.url);
  const eventId = newId();
  await room.call("events.create", { id: eventId, title: "Elm Road listening event", date: "2026-11-14", kind: "listening" });
  await room.call("run.next", { eventId });
  room.close();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(eventUrl(hearth, eventId));
  const next = page.getByRole("button", { name: "Next stage →" });
  await expect(next).toBeVisible();
  await page.getByRole("button", { name: "Close event" }).click();
  const dialog = page.getByRole("dialog", { name: "Close the event?" });
  await expect(dialog).toContainText("Elm Road listening event");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/close-event-confirm.png` });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(next).toBeEnabled();
  await expect(page.getByRole("button", { name: "Reopen event" })).toHaveCount(0);

  await page.getByRole("button", { name: "Close event" }).click();
  await dialog.getByRole("button", { name: "Close event" }).click();
  await expect(page.getByRole("button", { name: "Reopen event" })).toBeVisible();
});
