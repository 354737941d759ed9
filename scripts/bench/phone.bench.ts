// A phone joining a 1,000-note event by the note-takers' QR link, in Chromium slowed to a
// phone's pace (4× CPU throttle, 20 Mbit/s, 20 ms latency, by the DevTools protocol): bytes
// downloaded (files and WebSocket frames) and time until the note box is on screen, on a fresh phone and on its return.
// Baseline, same run, same throttle: a bare page holding nothing but a note box.
import { chromium, type Browser, type Page } from "@playwright/test";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { resolveChromium } from "../../tests/support/chromium";
import { seedBoard } from "./board-seed";
import { median, type Bench, type BenchFigure } from "./figure";
import { startServe } from "./serve";
import { BenchSocket } from "./support/bench-socket";

const BOARD = 1000;
const VISITS = 3;
const MBIT = 20;
const CPU_SLOWDOWN = 4;

const BARE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Note</title>
<label for="n">Your note</label><textarea id="n" rows="4"></textarea><button>Add note</button></html>`;

export const bench: Bench = async () => {
  const server = await startServe();
  const bare = await serveBarePage();
  let browser: Browser | undefined;
  try {
    const notes = Array.from({ length: BOARD }, (_, i) => ({ text: `Note ${i + 1}: the buses stop running at six` }));
    const eventId = await seedBoard(server.url, { title: "Bench: a phone joins", notes });
    const token = await notetakerToken(server.url, eventId);
    const found = await resolveChromium();
    browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });

    const fresh: Visit[] = [];
    const again: Visit[] = [];
    const floor: Visit[] = [];
    for (let i = 0; i < VISITS; i++) {
      floor.push(await visit(browser, bare, "textarea", false));
      const both = await visit(browser, `${server.url}/#/join/${token}`, "textarea.device-note__input", true);
      fresh.push(both);
      again.push(both.again!);
    }
    const kb = (vs: Visit[]) => median(vs.map((v) => v.bytes)) / 1024;
    const ms = (vs: Visit[]) => median(vs.map((v) => v.ms));
    const how = `${CPU_SLOWDOWN}× CPU throttle, ${MBIT} Mbit/s, ${BOARD}-note event, median of ${VISITS}`;
    const toBox = ms(fresh);
    const figures: BenchFigure[] = [
      { area: "phone", name: `bytes downloaded to the note box, new phone (${how})`, value: kb(fresh), unit: "KiB", baseline: kb(floor) },
      { area: "phone", name: `time to the note box, new phone (${how})`, value: toBox, unit: "ms", baseline: ms(floor), target: "≤ 1500 ms", met: toBox <= 1500 },
      { area: "phone", name: "of which WebSocket frames, received by the time the note box showed", value: median(fresh.map((v) => v.socketBytes)) / 1024, unit: "KiB" },
      { area: "phone", name: "bytes downloaded to the note box, the phone's return (cached by content hash)", value: kb(again), unit: "KiB", baseline: kb(floor) },
      { area: "phone", name: "time to the note box, the phone's return", value: ms(again), unit: "ms", baseline: ms(floor) },
    ];
    return figures;
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise((r) => bare.close(r));
    await server.stop();
  }
};

interface Visit {
  readonly bytes: number;
  readonly socketBytes: number;
  readonly ms: number;
  readonly again?: Visit;
}

/** Opens `url` in a new, empty browser profile slowed to a phone; with `reopen`, opens it once more in the same profile. */
async function visit(browser: Browser, url: string | Server, box: string, reopen: boolean): Promise<Visit> {
  const address = typeof url === "string" ? url : `http://127.0.0.1:${(url.address() as AddressInfo).port}/`;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const bytes = await slowDown(page);
    const once = async (): Promise<Visit> => {
      bytes.total = 0;
      bytes.socket = 0;
      const start = performance.now();
      await page.goto(address, { waitUntil: "commit" });
      await page.locator(box).waitFor({ state: "visible" });
      const ms = performance.now() - start;
      await page.waitForLoadState("networkidle").catch(() => undefined);
      return { bytes: bytes.total, socketBytes: bytes.socket, ms };
    };
    const first = await once();
    if (!reopen) return first;
    await page.goto("about:blank");
    // The phone comes back to the page it joined from (the device's address once joined).
    const url2 = address.replace(/#\/join\/.*$/, "#/device");
    const start = performance.now();
    bytes.total = 0;
    bytes.socket = 0;
    await page.goto(url2, { waitUntil: "commit" });
    await page.locator(box).waitFor({ state: "visible" });
    const ms = performance.now() - start;
    await page.waitForLoadState("networkidle").catch(() => undefined);
    return { ...first, again: { bytes: bytes.total, socketBytes: bytes.socket, ms } };
  } finally {
    await context.close();
  }
}

/** The phone's CPU and network, and a running count of bytes received (headers and bodies, as sent on the wire). */
async function slowDown(page: Page): Promise<{ total: number; socket: number }> {
  const cdp = await page.context().newCDPSession(page);
  const bytes = { total: 0, socket: 0 };
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: (MBIT * 1e6) / 8, uploadThroughput: (MBIT * 1e6) / 8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  cdp.on("Network.loadingFinished", (e) => (bytes.total += e.encodedDataLength));
  // Text frames: their length in characters is near enough their bytes for a count in KiB.
  cdp.on("Network.webSocketFrameReceived", (e) => {
    bytes.socket += e.response.payloadData.length;
    bytes.total += e.response.payloadData.length;
  });
  return bytes;
}

async function notetakerToken(url: string, eventId: string): Promise<string> {
  const host = await BenchSocket.open(Number(new URL(url).port));
  try {
    await host.call("join.open", { eventId, address: null });
    await new Promise((r) => setTimeout(r, 50)); // the invite is kept once the command has committed
    const { invite } = (await host.request({ type: "call", method: "join.status", input: { eventId } })) as { invite: { tokens: { notetaker: string } } };
    return invite.tokens.notetaker;
  } finally {
    host.ws.terminate();
  }
}

function serveBarePage(): Promise<Server> {
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(BARE_PAGE));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
