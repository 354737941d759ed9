import { ACTION_STATUS_LABELS, PRIORITY_STATUS_LABELS, shortDate, type ReportThreadPriority } from "../../../core";
import { html, type SafeHtml } from "./escape";
import { inline, paragraphs } from "./parts";

/** You said (the priority and residents' words), we did (actions with their progress, wins), where it stands. */
function row(p: ReportThreadPriority): SafeHtml {
  return html`<tr>
    <td>
      <p><strong>${inline(p.title)}</strong></p>
      ${p.quote ? html`<blockquote class="quote">${paragraphs(p.quote)}</blockquote>` : ""}
      <p class="carried">A priority since ${p.adoptedAt.text ? html`${inline(p.adoptedAt)}, ` : ""}${shortDate(p.adoptedOn)}</p>
    </td>
    <td>
      ${p.actions.length === 0 && p.wins.length === 0 ? html`<p class="muted">Nothing yet.</p>` : ""}
      ${p.actions.map(
        (a) => html`<p>${inline(a.text)}${a.owner.text ? html` (${inline(a.owner)})` : ""}: ${ACTION_STATUS_LABELS[a.status]}</p>
          ${a.progress.map((x) => html`<p class="carried">${shortDate(x.on)}: ${inline(x.text)}</p>`)}`,
      )}
      ${p.wins.map((w) => html`<p>Win, ${shortDate(w.on)}: ${inline(w.text)}</p>`)}
    </td>
    <td>
      <p><span class="status status--thread-${p.status}">${PRIORITY_STATUS_LABELS[p.status]}</span>${p.statusOn ? html` <span class="carried">(${shortDate(p.statusOn)})</span>` : ""}</p>
      ${p.lead.text ? html`<p class="carried">Lead: ${inline(p.lead)}</p>` : ""}
    </td>
  </tr>`;
}

/** The neighbourhood's priorities as three columns; a report's "you said, we did" opens with it. */
export function threadTable(priorities: readonly ReportThreadPriority[]): SafeHtml {
  return html`<table class="thread">
    <thead><tr><th class="wide">You said</th><th class="wide">We did</th><th>Where it stands</th></tr></thead>
    <tbody>${priorities.map(row)}</tbody>
  </table>`;
}
