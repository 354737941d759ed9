// The facilitator's board open in Chromium, recording when each note's text is first painted
// (Date.now() in the frame after it enters the page), for benchmarks that load the room.
import type { Browser, Page } from "@playwright/test";

/** Opens the board at `url`, waits until its `notes` notes are in the page, then starts recording. */
export async function openBoardWatch(browser: Browser, url: string, notes: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.setDefaultTimeout(120_000);
  await page.goto(url);
  await page.locator(".sticky").nth(notes - 1).waitFor({ timeout: 120_000 });
  await page.evaluate(`{
    window.__painted = {};
    new MutationObserver((records) => {
      const found = [];
      for (const r of records)
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of node.matches(".sticky__text") ? [node] : node.querySelectorAll(".sticky__text")) found.push(el.textContent);
        }
      if (found.length) requestAnimationFrame(() => { const now = Date.now(); for (const t of found) if (!(t in window.__painted)) window.__painted[t] = now; });
    }).observe(document.body, { childList: true, subtree: true });
    null;
  }`);
  return page;
}

/** Waits (at most `waitMs`) until every text in `wanted` is painted; returns text → painted time for those that were. */
export async function paintTimes(page: Page, wanted: readonly string[], waitMs: number): Promise<Map<string, number>> {
  const deadline = Date.now() + waitMs;
  let painted: Record<string, number> = {};
  while (Date.now() < deadline) {
    painted = (await page.evaluate(`window.__painted`)) as Record<string, number>;
    if (wanted.every((t) => t in painted)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return new Map(Object.entries(painted));
}
