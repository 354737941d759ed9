// The board with 1,000 notes in 20 themes, in a real Chromium against `hearth serve`:
// first render from page open, frame times during a keyboard and a mouse drag, and Enter on one
// board to the note painted on another (the room's round trip and push included, as a second
// facilitator's screen, or the projector, sees it).
import { chromium, type Browser, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveChromium } from "../../tests/support/chromium";
import { seedBoard, type SeedNote } from "./board-seed";
import { percentile, type Bench, type BenchFigure } from "./figure";
import { startServe } from "./serve";
import { startBareBoard } from "./support/bare-board";
import { enterToPaint, firstRender, keyboardDragFrames, mouseDragFrames, startFrameRecorder, stopFrameRecorder, watchForBoard } from "./support/board-page";
import { startBareRoom } from "./support/hall-targets";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "out/main/cli.js");
const NOTES = 1000;
const THEMES = 20;
const RENDER_RUNS = 3;
const ENTER_RUNS = 20;
const TIME_LIMIT_MS = 10 * 60_000;

export const bench: Bench = async () => {
  if (!existsSync(CLI)) {
    console.error("board bench: building the app first (npx electron-vite build)…");
    const built = spawnSync(process.execPath, [join(ROOT, "node_modules/electron-vite/bin/electron-vite.js"), "build"], { cwd: ROOT, stdio: "inherit" });
    if (built.status !== 0) throw new Error("The build failed, so the board cannot be measured.");
  }
  const server = await startServe();
  let browser: Browser | undefined;
  const limit = setTimeout(() => {
    console.error("board bench: over its time limit; stopping.");
    server.child.kill("SIGKILL");
    void browser?.close();
  }, TIME_LIMIT_MS);
  try {
    const eventId = await seedBoard(server.url, { title: "Bench: 1,000 notes", themes: themeTitles(), notes: thousandNotes() });
    const found = await resolveChromium();
    browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.setDefaultTimeout(30_000);
    const url = `${server.url}/#/events/${eventId}`;

    await watchForBoard(page, NOTES);
    const renders: { fromSnapshot: number; fromNavigation: number }[] = [];
    for (let i = 0; i < RENDER_RUNS; i++) renders.push(await firstRender(page, url));
    console.error(`board bench: first renders ${renders.map((r) => Math.round(r.fromSnapshot)).join(", ")} ms`);
    const keyboardFrames = await keyboardDragFrames(page);
    console.error("board bench: keyboard drag measured");
    const mouseFrames = await mouseDragFrames(page);
    console.error("board bench: mouse drag measured");
    const other = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    other.setDefaultTimeout(30_000);
    await other.goto(url);
    await other.locator(".sticky").nth(NOTES - 1).waitFor();
    const enter = await enterToPaint(page, other, ENTER_RUNS);
    const idleFrames = await idleFrameTimes(page);
    const floor = await bareFloor(browser);

    const median = (xs: number[]) => percentile(xs, 50);
    const fromSnapshot = median(renders.map((r) => r.fromSnapshot));
    const fromOpen = median(renders.map((r) => r.fromNavigation));
    const enterP50 = median(enter);
    const enterP95 = percentile(enter, 95);
    return [
      fig("first render: page open to board painted (median of 3; baseline: a bare page of the same 1,000 notes)", fromOpen, "ms", "≤ 500 ms", fromOpen <= 500, floor.render),
      fig("first render: of which snapshot arrived to board painted (median of 3)", fromSnapshot, "ms"),
      fig(`keyboard drag: frame time p50 (${keyboardFrames.length} frames; baseline: the same board left alone)`, percentile(keyboardFrames, 50), "ms", undefined, undefined, percentile(idleFrames, 50)),
      fig("keyboard drag: frame time p95", percentile(keyboardFrames, 95), "ms", "≤ 33 ms", percentile(keyboardFrames, 95) <= 33, percentile(idleFrames, 95)),
      fig(`mouse drag: frame time p50 (${mouseFrames.length} frames)`, percentile(mouseFrames, 50), "ms", undefined, undefined, percentile(idleFrames, 50)),
      fig("mouse drag: frame time p95", percentile(mouseFrames, 95), "ms", undefined, undefined, percentile(idleFrames, 95)),
      fig(`Enter → note acknowledged and painted on another board: p50 (${ENTER_RUNS} notes; baseline: bare pages, bare WebSocket + INSERT)`, enterP50, "ms", "< 50 ms", enterP50 < 50, median(floor.enter)),
      fig("Enter → note acknowledged and painted on another board: p95", enterP95, "ms", "< 50 ms", enterP95 < 50, percentile(floor.enter, 95)),
    ];
  } finally {
    clearTimeout(limit);
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
};

const fig = (name: string, value: number, unit: string, target?: string, met?: boolean, baseline?: number): BenchFigure => ({
  area: "board",
  name,
  value: Math.round(value * 10) / 10,
  unit,
  ...(baseline !== undefined && { baseline }),
  ...(target !== undefined && { target, met }),
});

/** The same measures on bare pages (support/bare-board.ts) through the bare room, in this run. */
async function bareFloor(browser: Browser): Promise<{ render: number; enter: number[] }> {
  const room = await startBareRoom(TIME_LIMIT_MS);
  const board = await startBareBoard(thousandNotes().map((n) => n.text), room.port);
  const pages: Page[] = [];
  try {
    const open = async () => {
      const p = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      p.setDefaultTimeout(30_000);
      pages.push(p);
      return p;
    };
    const page = await open();
    await watchForBoard(page, NOTES);
    const renders: number[] = [];
    for (let i = 0; i < RENDER_RUNS; i++) renders.push((await firstRender(page, board.url)).fromNavigation);
    const other = await open();
    await other.goto(board.url);
    await other.locator(".sticky").nth(NOTES - 1).waitFor();
    return { render: percentile(renders, 50), enter: await enterToPaint(page, other, ENTER_RUNS) };
  } finally {
    for (const p of pages) await p.close();
    await board.close();
    await room.stop();
  }
}

/** Frame times on the board with nothing happening: the floor beneath the drags' frame times. */
async function idleFrameTimes(page: Page): Promise<number[]> {
  await startFrameRecorder(page);
  await page.waitForTimeout(1500);
  return stopFrameRecorder(page);
}

const themeTitles = () => Array.from({ length: THEMES }, (_, i) => `Theme ${String(i + 1).padStart(2, "0")}`);

function thousandNotes(): SeedNote[] {
  const themes = themeTitles();
  const words = ["buses", "lifts", "damp", "GP", "lights", "park", "benches", "youth club", "parking", "bins"];
  return Array.from({ length: NOTES }, (_, i) => ({
    text: `Note ${i + 1}: residents say the ${words[i % words.length]} need attention ${i % 3 === 0 ? "before the winter, and soon" : ""}`.trim(),
    theme: themes[i % THEMES],
    table: String.fromCharCode(65 + (i % 10)),
  }));
}

