import { shownText, type WhoWeHeardFrom } from "../../../core";
import { html, type SafeHtml } from "./escape";

const cell = (s: Parameters<typeof shownText>[0]) => html`<td class="num">${shownText(s)}</td>`;

/** "Who we heard from": the "About you" counts, every small number already hidden (core's suppression). */
export function renderHeard(heard: WhoWeHeardFrom): SafeHtml {
  const targets = heard.targets.length
    ? html`<h3>The groups we hoped to hear from</h3>
        <table class="heard-targets">
          <thead><tr><th class="wide">Group</th><th class="num">Hoped for</th><th class="num">Heard from</th><th>Met</th></tr></thead>
          <tbody>${heard.targets.map((t) => html`<tr><td dir="auto">${t.label}</td><td class="num">${t.hopedFor}</td>${cell(t.heard)}<td>${t.met ? "yes" : "not yet"}</td></tr>`)}</tbody>
        </table>`
    : "";
  const questions = heard.questions.filter((q) => q.rows.length > 0);
  return html`<section class="section section--who-we-heard-from" aria-labelledby="s-who-we-heard-from">
    <h2 id="s-who-we-heard-from">Who we heard from</h2>
    <p class="lead">People could tell us a little about themselves, on their phone or on a paper slip, if they wished. We keep only how many gave each answer, never who gave it. A number from 1 to 4 is shown as “fewer than 5”, and where a total would give one away, another number is hidden too.</p>
    ${targets}
    ${
      questions.length
        ? questions.map(
            (q) => html`<table class="heard">
              <caption dir="auto">${q.label}${q.specialCategory ? html` <span class="muted">(special category)</span>` : ""}</caption>
              <thead><tr><th class="wide">Answer</th><th class="num">People</th></tr></thead>
              <tbody>${q.rows.map((r) => html`<tr><td dir="auto">${r.label}</td>${cell(r.shown)}</tr>`)}</tbody>
              <tfoot><tr><th>Total</th>${cell(q.total)}</tr></tfoot>
            </table>`,
          )
        : html`<p class="muted">Nobody has answered yet.</p>`
    }
  </section>`;
}
