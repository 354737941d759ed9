import { chromium } from "@playwright/test";
import { newId } from "../../src/api";
import { resolveChromium } from "../../tests/support/chromium";
import { percentile, type Bench } from "./figure";
import { must, startServe } from "./serve";

const BOARD = 500;
const SAMPLES = 40;

/**
 * Issue 6: from a note being acknowledged by the room to it being painted on the projector
 * page, with 500 notes already on the board. Both clocks are this machine's (Date.now()).
 */
export const bench: Bench = async () => {
  const server = await startServe();
  const browserInfo = await resolveChromium();
  const browser = await chromium.launch({ executablePath: browserInfo.executablePath, args: browserInfo.args });
  try {
    const client = server.client();
    const eventId = newId();
    must(await client.call("events.create", { id: eventId, title: "Projector benchmark", date: "2026-11-14" }));
    for (let i = 0; i < BOARD; i++) must(await client.call("notes.add", { id: newId(), eventId, text: `Board note ${i + 1}` }));

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

    const delays: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const id = newId();
      must(await client.call("notes.add", { id, eventId, text: `New note ${i + 1}` }));
      const ackedAt = Date.now();
      const painted = await page.waitForFunction((noteId) => (window as unknown as { paintedAt: Map<string, number> }).paintedAt.get(noteId), id, { timeout: 10_000 });
      delays.push(Math.max(0, ((await painted.jsonValue()) as number) - ackedAt));
    }
    const p95 = percentile(delays, 95);
    return [
      { area: "projector", name: `ack → painted on the projector, ${BOARD} notes on the board (p50)`, value: percentile(delays, 50), unit: "ms" },
      { area: "projector", name: `ack → painted on the projector, ${BOARD} notes on the board (p95)`, value: p95, unit: "ms", target: "< 100 ms", met: p95 < 100 },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
};
