// The board benchmark's measuring code in the page: first render, frame times, and Enter on one
// board to the note painted on another. Used on Hearth's board and on the bare floor alike.
import type { Page } from "@playwright/test";

// In-page code is written as strings: it runs in the browser (this file has no DOM types),
// and tsx's helpers must not be serialised into it.

/** On every page load: a promise of the time of the frame in which all the notes are first in the page. */
export function watchForBoard(page: Page, notes: number): Promise<unknown> {
  return page.addInitScript({
    content: `
      window.__painted = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll(".sticky").length < ${notes}) return;
          observer.disconnect();
          // rAF runs just before the frame that shows them is painted.
          requestAnimationFrame(() => resolve(performance.now()));
        });
        document.addEventListener("DOMContentLoaded", () => observer.observe(document.body, { childList: true, subtree: true }));
      });`,
  });
}

/** Opens the board and times it from the snapshot's arrival (and from the page opening) to that frame. */
export async function firstRender(page: Page, url: string): Promise<{ fromSnapshot: number; fromNavigation: number }> {
  await page.goto("about:blank");
  await page.goto(url);
  return (await page.evaluate(`window.__painted.then((painted) => ({
    fromSnapshot: painted - (performance.getEntriesByName("hearth:snapshot")[0]?.startTime ?? NaN),
    fromNavigation: painted,
  }))`)) as { fromSnapshot: number; fromNavigation: number };
}

/** Records the time between animation frames until stopped. */
export const startFrameRecorder = (page: Page) =>
  page.evaluate(`{
    window.__frames = [];
    window.__recording = true;
    let last = 0;
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
    null;
  }`);

export const stopFrameRecorder = async (page: Page): Promise<number[]> =>
  (await page.evaluate(`window.__recording = false, window.__frames`)) as number[];

/** Picks up a note with Space, moves it across themes with the arrow keys, and drops it. */
export async function keyboardDragFrames(page: Page): Promise<number[]> {
  const face = page.locator(".theme .sticky__face").first();
  await face.focus();
  await startFrameRecorder(page);
  await page.keyboard.press("Space");
  if ((await page.locator("[id^=DndLiveRegion]").textContent())?.startsWith("Picked up") !== true) throw new Error("The keyboard did not pick the note up.");
  for (const key of ["ArrowDown", "ArrowDown", "ArrowDown", "ArrowRight", "ArrowDown", "ArrowRight", "ArrowDown", "ArrowUp", "ArrowRight", "ArrowDown"]) {
    await page.keyboard.press(key);
    await page.waitForTimeout(120); // a person's pace between key presses; frames are recorded throughout
  }
  await page.keyboard.press("Space");
  await page.waitForTimeout(300);
  return stopFrameRecorder(page);
}

/** Drags a note with the mouse from the first theme across the board in small steps, then drops it. */
export async function mouseDragFrames(page: Page): Promise<number[]> {
  await page.evaluate(`window.scrollTo(0, 0)`);
  const face = page.locator(".theme .sticky__face").nth(2);
  await face.scrollIntoViewIfNeeded();
  const box = (await face.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await startFrameRecorder(page);
  await page.mouse.down();
  for (let i = 1; i <= 90; i++) {
    await page.mouse.move(x + i * 7, y + Math.sin(i / 8) * 60);
    if (i === 10 && (await page.locator(".drag-card").count()) !== 1) throw new Error("The mouse did not start a drag.");
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  return stopFrameRecorder(page);
}

/**
 * Types a note on one board and presses Enter; times from the key press to the frame in which
 * the other board (another page, its own connection) first shows it. Both pages are in one
 * browser on this machine, so their Date.now() clocks agree.
 */
export async function enterToPaint(page: Page, other: Page, runs: number): Promise<number[]> {
  const box = page.getByLabel("New note");
  await page.evaluate(`window.scrollTo(0, 0)`);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = `Bench note ${i} typed at the table`;
    await box.fill(text);
    await other.evaluate(`{
      const wanted = ${JSON.stringify(text)};
      window.__shownAt = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const shown = [...document.querySelectorAll(".sticky__text")].some((el) => el.textContent === wanted);
          if (!shown) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(Date.now()));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      null; // the block's value, so that evaluate does not wait for the promise
    }`);
    await page.evaluate(`{
      document.getElementById("note-box").addEventListener("keydown", (e) => { if (e.key === "Enter") window.__pressedAt = Date.now(); }, { capture: true, once: true });
      null;
    }`);
    await box.press("Enter");
    const shownAt = (await other.evaluate(`Promise.race([window.__shownAt, new Promise((_, no) => setTimeout(() => no(new Error("the note was not shown on the other board within 10 s")), 10000))])`)) as number;
    times.push(shownAt - ((await page.evaluate(`window.__pressedAt`)) as number));
  }
  return times;
}
