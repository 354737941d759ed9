import { chromium } from "@playwright/test";
import { newId } from "../../src/api";
import { resolveChromium } from "../../tests/support/chromium";
import { percentile, type Bench } from "./figure";
import { must, startServe } from "./serve";
import { BenchSocket } from "./support/bench-socket";

const BOARD = 500;
const DEVICES = 200;
const SAMPLES = 40;
const PAINT_TIMEOUT_MS = 10_000;

/**
 * From a note being acknowledged by the room to it being painted on the projector page, with
 * 500 notes on the board and 200 devices joined and following the event (every note goes to
 * each). Both clocks are this machine's (Date.now()); figures are raw: a negative one means the
 * wall painted the note before its sender had the ack. Baseline: the same note's arrival on a
 * device's socket, from the same send.
 */
export const bench: Bench = async () => {
  const server = await startServe();
  const browserInfo = await resolveChromium();
  const browser = await chromium.launch({ executablePath: browserInfo.executablePath, args: browserInfo.args });
  const sockets: BenchSocket[] = [];
  try {
    const client = server.client();
    const eventId = newId();
    must(await client.call("events.create", { id: eventId, title: "Projector benchmark", date: "2026-11-14" }));
    for (let i = 0; i < BOARD; i++) must(await client.call("notes.add", { id: newId(), eventId, text: `Board note ${i + 1}` }));
    must(await client.call("join.open", { eventId, address: null }));
    await new Promise((r) => setTimeout(r, 50)); // the invite is kept once the command has committed
    const status = must(await client.call("join.status", { eventId }));
    const token = status.invite?.tokens.notetaker;
    if (!token) throw new Error("join.status gave no invite");
    const port = Number(new URL(server.url).port);
    for (let i = 0; i < DEVICES; i += 25)
      await Promise.all(
        Array.from({ length: Math.min(25, DEVICES - i) }, async () => {
          const s = await BenchSocket.open(port);
          sockets.push(s);
          await s.joinWith(token, eventId, 0);
        }),
      );
    const arrivedAt = new Map<string, number>();
    sockets[0]!.onChange = (change) => {
      for (const u of change.upserts) if (u.kind === "note") arrivedAt.set(u.value.id, Date.now());
    };

    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}/#/events/${eventId}/projector`);
    await page.locator(".wall__note").first().waitFor();
    // Records, for each note that appears, the time of the first frame after it was added to the page.
    await page.evaluate(() => {
      const seen = new Map<string, number>();
      (window as unknown as { paintedAt: Map<string, number> }).paintedAt = seen;
      new MutationObserver((records) => {
        for (const r of records)
          for (const node of Array.from(r.addedNodes))
            if (node instanceof HTMLElement && node.dataset.noteId) {
              const id = node.dataset.noteId;
              requestAnimationFrame(() => requestAnimationFrame(() => seen.set(id, Date.now())));
            }
      }).observe(document.body, { childList: true, subtree: true });
    });

    const ackToPaint: number[] = [];
    const sendToPaint: number[] = [];
    const sendToSocket: number[] = [];
    const drawn: number[] = [];
    let missed = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const id = newId();
      const sentAt = Date.now();
      must(await client.call("notes.add", { id, eventId, text: `New note ${i + 1}` }));
      const ackedAt = Date.now();
      const painted = await page
        .waitForFunction((noteId) => (window as unknown as { paintedAt: Map<string, number> }).paintedAt.get(noteId), id, { timeout: PAINT_TIMEOUT_MS })
        .then(async (h) => (await h.jsonValue()) as number)
        .catch(() => undefined);
      if (painted === undefined) missed++;
      else {
        ackToPaint.push(painted - ackedAt);
        sendToPaint.push(painted - sentAt);
      }
      if (arrivedAt.has(id)) sendToSocket.push(arrivedAt.get(id)! - sentAt);
      drawn.push(await page.locator(".wall__note").count());
    }
    const p95 = percentile(ackToPaint, 95);
    const how = `${BOARD} notes, ${DEVICES} devices following`;
    const area = "projector";
    return [
      { area, name: `new notes painted on the wall within ${PAINT_TIMEOUT_MS / 1000} s (of ${SAMPLES})`, value: SAMPLES - missed, unit: "notes", target: `= ${SAMPLES}`, met: missed === 0 },
      { area, name: "note cards drawn on the wall (median over the samples; the rest are on other pages)", value: percentile(drawn, 50), unit: "cards" },
      { area, name: `ack → painted on the projector p50 (${how}; raw)`, value: percentile(ackToPaint, 50), unit: "ms" },
      { area, name: `ack → painted on the projector p95 (${how}; raw)`, value: p95, unit: "ms", target: "< 100 ms", met: p95 < 100 },
      { area, name: "send → painted on the projector p95 (baseline: send → arrival on a device's socket)", value: percentile(sendToPaint, 95), unit: "ms", baseline: percentile(sendToSocket, 95) },
    ];
  } finally {
    for (const s of sockets) s.ws.terminate();
    await browser.close();
    await server.stop();
  }
};
