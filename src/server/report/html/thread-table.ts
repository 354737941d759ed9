import { REPORT_EN, shortDate, type ReportThreadPriority, type ReportWords } from "../../../core";
import { html, htmlMessage, type SafeHtml } from "./escape";
import { inline, paragraphs } from "./parts";

type Speech = { readonly lang: string; readonly w: ReportWords };

/** You said (the priority and residents' words), we did (actions with their progress, wins), where it stands. */
function row(p: ReportThreadPriority, { lang, w }: Speech): SafeHtml {
  const date = (iso: string) => shortDate(iso, lang);
  return html`<tr>
    <td>
      <p><strong>${inline(p.title)}</strong></p>
      ${p.quote ? html`<blockquote class="quote">${paragraphs(p.quote)}</blockquote>` : ""}
      <p class="carried">${p.adoptedAt.text ? htmlMessage(w.sinceAt, { event: inline(p.adoptedAt), date: date(p.adoptedOn) }) : htmlMessage(w.since, { date: date(p.adoptedOn) })}</p>
    </td>
    <td>
      ${p.actions.length === 0 && p.wins.length === 0 ? html`<p class="muted">${w.nothingYet}</p>` : ""}
      ${p.actions.map(
        (a) => html`<p>${inline(a.text)}${a.owner.text ? html` (${inline(a.owner)})` : ""}: ${w.action[a.status]}</p>
          ${a.progress.map((x) => html`<p class="carried">${date(x.on)}: ${inline(x.text)}</p>`)}`,
      )}
      ${p.wins.map((win) => html`<p>${htmlMessage(w.win, { date: date(win.on), text: inline(win.text) })}</p>`)}
    </td>
    <td>
      <p><span class="status status--thread-${p.status}">${w.priorityStatus[p.status]}</span>${p.statusOn ? html` <span class="carried">(${date(p.statusOn)})</span>` : ""}</p>
      ${p.lead.text ? html`<p class="carried">${htmlMessage(w.lead, { who: inline(p.lead) })}</p>` : ""}
    </td>
  </tr>`;
}

/** The neighbourhood's priorities as three columns; a report's "you said, we did" opens with it. */
export function threadTable(priorities: readonly ReportThreadPriority[], sp: Speech = { lang: "en", w: REPORT_EN }): SafeHtml {
  const { w } = sp;
  return html`<table class="thread">
    <thead><tr><th class="wide">${w.youSaid}</th><th class="wide">${w.weDid}</th><th>${w.stands}</th></tr></thead>
    <tbody>${priorities.map((p) => row(p, sp))}</tbody>
  </table>`;
}
