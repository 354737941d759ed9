import type { ActionStatus, ReportWords, UserText } from "../../../core";
import { fill, REPORT_EN, shortDate } from "../../../core";
import { html, type SafeHtml } from "./escape";

const langAttr = (t: UserText) => (t.lang ? html` lang="${t.lang}"` : html``);

/** User text as paragraphs (blank lines split them), each isolated in its own direction. */
export function paragraphs(t: UserText, className = ""): SafeHtml {
  const parts = t.text.split(/\n\s*\n/u).filter((p) => p.trim() !== "");
  return html`${parts.map((p) => html`<p class="user ${className}" dir="auto"${langAttr(t)}>${p}</p>`)}`;
}

/** User text inside a line of other text: <bdi> keeps Arabic or a stray U+202E from reordering the line. */
export function inline(t: UserText): SafeHtml {
  return html`<bdi class="user" dir="auto"${langAttr(t)}>${t.text}</bdi>`;
}

export function statusBadge(status: ActionStatus, w: ReportWords = REPORT_EN): SafeHtml {
  return html`<span class="status status--${status}">${w.action[status]}</span>`;
}

/** "by 3 March 2027", or "no date yet", in the report's language. */
export const dueText = (dueOn: string | null, { lang, w }: { lang: string; w: ReportWords } = { lang: "en", w: REPORT_EN }): string =>
  dueOn ? fill(w.by, { date: shortDate(dueOn, lang) }) : w.noDate;

/**
 * A horizontal bar as an inline SVG vector: one segment per value, widths proportional to
 * `max`. Sizes are attributes (not style), so the preview's strict CSP accepts them too.
 */
export function bar(segments: readonly { value: number; colour: string }[], max: number, label: string): SafeHtml {
  const width = 200;
  let x = 0;
  const rects = segments.map((s) => {
    const w = max > 0 ? (s.value / max) * width : 0;
    const r = html`<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="12" fill="${s.colour}"/>`;
    x += w;
    return r;
  });
  return html`<svg class="bar" viewBox="0 0 ${width} 12" preserveAspectRatio="none" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${rects}</svg>`;
}

export function swatch(colour: string): SafeHtml {
  return html`<svg viewBox="0 0 10 10" aria-hidden="true" xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10" fill="${colour}"/></svg>`;
}

export const COLOURS = { phone: "#1d4e89", paper: "#c2571a", notes: "#8a2c0d" } as const;
