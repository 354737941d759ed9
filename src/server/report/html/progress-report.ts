import { ACTION_STATUS_LABELS, longDate, PRIORITY_STATUS_LABELS, rankText, shortDate, type ProgressPriority, type ProgressReportModel } from "../../../core";
import { html, type SafeHtml } from "./escape";
import { measureTable } from "./measure-table";
import { inline, paragraphs } from "./parts";
import { threadDocument, threadFooterHtml } from "./thread-document";

const statusBadge = (p: ProgressPriority) =>
  html`<span class="status status--thread-${p.status}">${PRIORITY_STATUS_LABELS[p.status]}</span>${p.statusOn ? html` <span class="carried">(since ${shortDate(p.statusOn)})</span>` : ""}`;

/** One priority: where it stands, who leads it, where residents chose it, what was done, won and measured. */
function priority(p: ProgressPriority): SafeHtml {
  return html`<section class="section progress-priority" aria-label="${p.title.text}">
    <h2 dir="auto">${p.title.text}</h2>
    <p>${statusBadge(p)} · Lead: ${p.lead.text ? inline(p.lead) : html`<span class="muted">none named yet</span>`}</p>
    <p class="carried">Adopted at ${p.adoptedAt.text ? inline(p.adoptedAt) : "an event"} on ${shortDate(p.adoptedOn)}: ${rankText(p)}</p>
    ${p.quote ? html`<blockquote class="quote">${paragraphs(p.quote)}</blockquote>` : ""}
    <h3>Actions</h3>
    ${p.actions.length === 0
      ? html`<p class="muted">No actions yet.</p>`
      : html`<ul class="notes">${p.actions.map(
          (a) => html`<li><p>${inline(a.text)}${a.owner.text ? html` (${inline(a.owner)})` : ""}: <strong>${ACTION_STATUS_LABELS[a.status]}</strong></p>
            ${a.progress.map((x) => html`<p class="carried">${shortDate(x.on)}: ${inline(x.text)}</p>`)}</li>`,
        )}</ul>`}
    <h3>Wins</h3>
    ${p.wins.length === 0 ? html`<p class="muted">No wins logged yet.</p>` : html`<ul class="notes">${p.wins.map((w) => html`<li>${shortDate(w.on)}: ${inline(w.text)}</li>`)}</ul>`}
    ${p.measures.length > 0 ? html`<h3>Measures</h3>${p.measures.map(measureTable)}` : ""}
  </section>`;
}

/** "One year on": the neighbourhood's priorities at a glance, then each in full. */
export function renderProgressReportHtml(m: ProgressReportModel): string {
  const body = html`<header class="progress-head">
  <p class="title-page__kicker">Progress report</p>
  <h1 dir="auto">${m.neighbourhood.text}: one year on</h1>
  <p class="title-page__meta">${longDate(m.on)}${m.partnership?.text ? html` · ${inline(m.partnership)}` : ""}</p>
</header>
<main>
  ${m.priorities.length === 0
    ? html`<p class="muted">No priorities have been adopted yet.</p>`
    : html`<section class="section" aria-label="At a glance">
    <h2>At a glance</h2>
    <table class="glance">
      <thead><tr><th class="wide">Priority</th><th>Where it stands</th><th>Lead</th></tr></thead>
      <tbody>${m.priorities.map((p) => html`<tr><td>${inline(p.title)}</td><td>${statusBadge(p)}</td><td>${p.lead.text ? inline(p.lead) : ""}</td></tr>`)}</tbody>
    </table>
  </section>
  ${m.priorities.map(priority)}`}
</main>`;
  return threadDocument(`${m.neighbourhood.text}: progress report`, body);
}

export const progressFooterHtml = (m: ProgressReportModel): string => threadFooterHtml(`${m.neighbourhood.text} · progress report · ${shortDate(m.on)}`);
