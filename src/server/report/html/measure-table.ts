import { describeReadings, shortDate, type ExportMeasure } from "../../../core";
import { html, type SafeHtml } from "./escape";
import { inline } from "./parts";

const W = 480;
const H = 160;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/** A numeric series as a line chart (an SVG vector); its text alternative is printed under it. */
function chart(m: ExportMeasure, alt: string): SafeHtml {
  const points = m.readings.filter((r): r is typeof r & { value: number } => r.value !== null);
  if (points.length < 2) return html``;
  const times = points.map((p) => Date.parse(`${p.on}T12:00:00Z`));
  const values = points.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(0, ...values), Math.max(...values)];
  const x = (t: number) => PAD.left + ((t - t0) / Math.max(1, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - v0) / Math.max(1e-9, v1 - v0)) * (H - PAD.top - PAD.bottom);
  const line = points.map((p, i) => `${x(times[i]!).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return html`<svg class="measure-chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${alt}" xmlns="http://www.w3.org/2000/svg">
    <line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#4a4a55"/>
    <line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}" stroke="#4a4a55"/>
    <text x="${PAD.left - 6}" y="${y(v1) + 4}" text-anchor="end" font-size="11">${v1}</text>
    <text x="${PAD.left - 6}" y="${y(v0) + 4}" text-anchor="end" font-size="11">${v0}</text>
    <polyline fill="none" stroke="#8a2c0d" stroke-width="3" points="${line}"/>
    ${points.map((p, i) => html`<circle cx="${x(times[i]!).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4" fill="#8a2c0d"/>`)}
    <text x="${PAD.left}" y="${H - 8}" font-size="11">${shortDate(points[0]!.on)}</text>
    <text x="${W - PAD.right}" y="${H - 8}" text-anchor="end" font-size="11">${shortDate(points[points.length - 1]!.on)}</text>
  </svg>`;
}

/** A measure as a table of its dated readings, and for a numeric series the chart with its text alternative. */
export function measureTable(m: ExportMeasure): SafeHtml {
  const alt = describeReadings(m.name.text, m.unit.text, m.readings);
  const series = m.kind === "series";
  return html`<div class="measure">
    <h4>${inline(m.name)}${m.source.text ? html` <span class="carried">(source: ${inline(m.source)})</span>` : ""}</h4>
    ${m.readings.length === 0
      ? html`<p class="muted">No readings yet.</p>`
      : html`<table class="readings">
      <thead><tr><th>Date</th><th${series ? html` class="num"` : ""}>${series ? "Reading" : "What residents said"}</th><th>Source</th></tr></thead>
      <tbody>${m.readings.map(
        (r) => html`<tr><td>${shortDate(r.on)}</td><td${series ? html` class="num"` : ""}>${r.value !== null ? `${r.value}${m.unit.text ? ` ${m.unit.text}` : ""}` : ""}${r.text.text ? inline(r.text) : ""}</td><td>${r.source.text ? inline(r.source) : ""}</td></tr>`,
      )}</tbody>
    </table>`}
    ${series ? html`<figure class="measure-figure">${chart(m, alt)}<figcaption class="carried" dir="auto">${alt}</figcaption></figure>` : ""}
  </div>`;
}
