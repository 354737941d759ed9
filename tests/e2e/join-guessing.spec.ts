import WebSocket from "ws";
import { expect, test } from "./support/hearth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createEvent, screens } from "./support/devices";

/**
 * One wrong join code from `address` (Linux routes all of 127/8 to loopback, so each
 * 127.0.x.y is a peer of its own to the room). Resolves with the room's refusal code.
 */
function guess(url: string, address: string): Promise<string> {
  const ws = new WebSocket(`${url.replace("http:", "ws:")}/ws`, { localAddress: address });
  return new Promise((resolve, reject) => {
    ws.once("open", () => ws.send(JSON.stringify({ type: "hello", id: 1, key: "k".repeat(43), join: { via: "code", code: "ZZZ999" } })));
    ws.once("message", (data) => {
      resolve((JSON.parse(data.toString()) as { result: { error: { code: string } } }).result.error.code);
      ws.terminate();
    });
    ws.once("error", reject);
  });
}

test("the Devices page tells the facilitator who keeps guessing the code, and when guesses from many addresses pause the codes", async ({ page, hearth }) => {
  const eventId = await createEvent(page, hearth.url, "Brook House residents' meeting");
  await page.goto(`${hearth.url}/#/events/${eventId}/devices`);
  await expect(page.getByRole("heading", { level: 1, name: "Devices" })).toBeVisible();

  // One phone keeps trying: five wrong codes, then two more turned away.
  const one = [];
  for (let i = 0; i < 7; i++) one.push(await guess(hearth.url, "127.0.3.7"));
  expect(one).toEqual(["not_found", "not_found", "not_found", "not_found", "not_found", "rate_limited", "rate_limited"]);
  await expect(page.getByRole("alert").filter({ hasText: "127.0.3.7" })).toHaveText(
    "Someone at 127.0.3.7 has typed a wrong join code 7 times and is blocked for a minute. If it goes on, make new codes.",
  );

  // Then one guess each from 25 more addresses: 30 wrong in a minute pauses every code.
  for (let i = 0; i < 25; i++) await guess(hearth.url, `127.0.4.${i + 10}`);
  const paused = page.getByRole("alert").filter({ hasText: "Join codes are paused" });
  await expect(paused).toContainText("30 wrong codes came from 26 addresses in the last minute. Other phones can still type the code, and any phone can join with the QR code.");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${screens}/devices-guessing.png`, fullPage: true });
});
