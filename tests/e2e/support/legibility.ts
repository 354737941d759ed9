import type { Page } from "@playwright/test";

export interface TextProblem {
  readonly text: string;
  readonly fontSize: number;
  readonly contrast: number;
}

/**
 * Measures every element that shows text on the page: its computed font size and the contrast
 * of its colour against the background actually behind it. Returns the elements that break
 * the rules, so a test can say which text is too small or too faint.
 */
export async function textBelow(page: Page, minFontPx: number, minContrast: number): Promise<{ checked: number; problems: TextProblem[] }> {
  return page.evaluate(
    ([minFont, minRatio]) => {
      const parse = (c: string): [number, number, number, number] => {
        const m = c.match(/rgba?\(([^)]+)\)/);
        if (!m) return [0, 0, 0, 0];
        const parts = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
        return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
      };
      const lum = ([r, g, b]: [number, number, number, number]) => {
        const ch = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
      };
      const background = (el: Element): [number, number, number, number] => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const bg = parse(getComputedStyle(e).backgroundColor);
          if (bg[3] > 0.99) return bg;
        }
        return [255, 255, 255, 1];
      };
      let checked = 0;
      const problems: { text: string; fontSize: number; contrast: number }[] = [];
      for (const el of Array.from(document.body.querySelectorAll("*"))) {
        const own = Array.from(el.childNodes)
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? "")
          .join("")
          .trim();
        if (!own) continue;
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (rect.width === 0 || rect.height === 0 || style.visibility === "hidden" || style.display === "none") continue;
        checked++;
        const fontSize = parseFloat(style.fontSize);
        const fg = lum(parse(style.color));
        const bg = lum(background(el));
        const contrast = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        if (fontSize < minFont - 0.01 || contrast < minRatio) problems.push({ text: own.slice(0, 40), fontSize, contrast: Math.round(contrast * 100) / 100 });
      }
      return { checked, problems };
    },
    [minFontPx, minContrast] as const,
  );
}

/** Whether the page shows a scrollbar, a control or a cursor: the wall must show none. */
export async function wallHygiene(page: Page): Promise<{ scrolls: boolean; controls: number; cursor: string }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return {
      scrolls: root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1,
      // Controls the wall shows (a hidden one, display: none, has no box).
      controls: Array.from(document.querySelectorAll("button, input, select, textarea, a[href]")).filter((el) => el.getClientRects().length > 0).length,
      cursor: getComputedStyle(document.querySelector("main") ?? document.body).cursor,
    };
  });
}
