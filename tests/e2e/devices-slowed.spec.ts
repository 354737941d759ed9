import WebSocket from "ws";
import { newId, type JoinStatus } from "../../src/api";
import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createEvent, screens } from "./support/devices";
import { RoomClient } from "./support/room-client";

/** A note-taker that joins with its QR token and sends notes far faster than anyone types; resolves once every answer is in. */
async function floodingNotetaker(url: string, token: string, eventId: string, count: number): Promise<string[]> {
  const ws = new WebSocket(`${url.replace("http:", "ws:")}/ws`);
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  const answers: string[] = [];
  const done = new Promise<void>((resolve) =>
    ws.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as { type: string; id?: number; result?: { ok: boolean; error?: { code: string } } };
      if (frame.type !== "result" || !frame.id || frame.id < 2) return;
      answers.push(frame.result!.ok ? "ok" : frame.result!.error!.code);
      if (answers.length === count) resolve();
    }),
  );
  ws.send(JSON.stringify({ type: "hello", id: 1, key: "n".repeat(43), join: { via: "token", token } }));
  for (let i = 0; i < count; i++) ws.send(JSON.stringify({ type: "call", id: i + 2, method: "notes.add", input: { id: newId(), eventId, text: `Note ${i}` }, commandId: newId() }));
  await done;
  ws.terminate();
  return answers;
}

test("the Devices page shows which device the room slowed down, and why", async ({ page, hearth }) => {
  test.setTimeout(120_000);
  const eventId = await createEvent(page, hearth.url, "Brook House residents' meeting");
  const room = await RoomClient.connect(hearth.url);
  await room.call("join.rotate", { eventId });
  const status = (await room.call("join.status", { eventId })) as JoinStatus;
  room.close();
  const answers = await floodingNotetaker(hearth.url, status.invite!.tokens.notetaker, eventId, 80);
  expect(answers).toContain("rate_limited");

  await page.goto(`${hearth.url}/#/events/${eventId}/devices`);
  const row = page.locator("tr", { hasText: "Note-taker 1" });
  await expect(row).toContainText(/Slowed down at \d\d:\d\d: it sent changes faster than a person could\./);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/devices-slowed.png`, fullPage: true });
});
