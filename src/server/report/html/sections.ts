import { fill, longDate, pluralWords, reportWords, shortDate, type ReportAction, type ReportSection, type ReportTheme, type ReportWords } from "../../../core";
import { html, htmlMessage, type SafeHtml } from "./escape";
import { bar, COLOURS, dueText, inline, paragraphs, statusBadge, swatch } from "./parts";
import { threadTable } from "./thread-table";

/** The report's language: its code (for plural rules and dates) and Hearth's words in it. */
export interface Speech {
  readonly lang: string;
  readonly w: ReportWords;
}

export const speechOf = (lang: string): Speech => ({ lang, w: reportWords(lang) });

function whatHappened(s: Extract<ReportSection, { key: "what-happened" }>, { lang, w }: Speech): SafeHtml {
  const c = s.counts;
  const item = (n: number, label: ReportWords["counts"]["people"]) => html`<li><strong>${n}</strong>${pluralWords(lang, label, n)}</li>`;
  const met = s.venue.text ? (s.neighbourhood.text ? w.metAtIn : w.metAt) : s.neighbourhood.text ? w.metIn : w.metOn;
  return html`<p>${htmlMessage(met, { date: longDate(s.date, lang, true), venue: inline(s.venue), neighbourhood: inline(s.neighbourhood) })}</p>
    <ul class="counts">
      ${c.attendance !== null ? item(c.attendance, w.counts.people) : ""}
      ${item(c.notes, w.counts.notes)}
      ${c.tables > 0 ? item(c.tables, w.counts.tables) : ""}
      ${c.themes > 0 ? item(c.themes, w.counts.themes) : ""}
      ${c.languages > 0 ? item(c.languages, w.counts.languages) : ""}
    </ul>`;
}

function theme(t: ReportTheme, { lang, w }: Speech): SafeHtml {
  return html`<div class="theme">
    <div class="theme__head">
      <h3>${t.title ? inline(t.title) : w.notThemed}</h3>
      <p class="theme__meta">${pluralWords(lang, w.raised, t.raisedCount)}${t.tableCount > 0 ? ` ${pluralWords(lang, w.raisedAt, t.tableCount)}` : ""}</p>
      ${t.quotes.map((q) => html`<blockquote class="quote">${paragraphs(q.text)}</blockquote>`)}
    </div>
    <ul class="notes">
      ${t.notes.map((n) => html`<li>${inline(n.text)}${n.raised > 1 ? html` <span class="raised">(${pluralWords(lang, w.raisedShort, n.raised)})</span>` : ""}</li>`)}
    </ul>
  </div>`;
}

/** The themes at a glance: how often each was raised, as a table with a vector bar chart. */
function overview(themes: readonly ReportTheme[], { lang, w }: Speech): SafeHtml {
  const max = Math.max(1, ...themes.map((t) => t.raisedCount));
  return html`<table class="overview">
    <thead><tr><th>${w.theme}</th><th class="num">${w.raisedColumn}</th><th class="bar"><span class="muted">${w.chart}</span></th></tr></thead>
    <tbody>${themes.map(
      (t) => html`<tr><td>${t.title ? inline(t.title) : w.notThemed}</td><td class="num">${t.raisedCount}</td><td class="bar">${bar(
        [{ value: t.raisedCount, colour: COLOURS.notes }],
        max,
        pluralWords(lang, w.raisedShort, t.raisedCount),
      )}</td></tr>`,
    )}</tbody>
  </table>`;
}

function whatYouSaid(s: Extract<ReportSection, { key: "what-you-said" }>, sp: Speech): SafeHtml {
  if (s.themes.length === 0) return html`<p class="muted">${sp.w.noNotes}</p>`;
  return html`${overview(s.themes, sp)}${s.themes.map((t) => theme(t, sp))}`;
}

function priorities(s: Extract<ReportSection, { key: "priorities" }>, { lang, w }: Speech): SafeHtml {
  const p = s.priorities;
  if (!p) return html`<p class="muted">${w.noVote}</p>`;
  const max = Math.max(1, ...p.items.map((i) => i.dots));
  return html`<h3>${inline(p.roundTitle)}</h3>
    ${paragraphs(p.howItRan)}
    <p>${pluralWords(lang, w.dotsInAll, p.totalDots, { phone: p.phoneDots, paper: p.paperDots })}</p>
    <p class="legend"><span>${swatch(COLOURS.phone)}${w.phoneDots}</span><span>${swatch(COLOURS.paper)}${w.paperDots}</span></p>
    <table>
      <thead><tr><th class="num">${w.rank}</th><th class="wide">${w.priority}</th><th class="num">${w.dots}</th><th class="num">${w.people}</th><th class="num">${w.phone}</th><th class="num">${w.paper}</th><th><span class="muted">${w.chart}</span></th></tr></thead>
      <tbody>
        ${p.items.map(
          (i) => html`<tr>
            <td class="num">${i.rank}${i.tied ? ` ${w.tied}` : ""}</td>
            <td>${inline(i.label)}</td>
            <td class="num">${i.dots}</td>
            <td class="num">${i.voters}</td>
            <td class="num">${i.phoneDots}</td>
            <td class="num">${i.paperDots}</td>
            <td class="bar">${bar(
              [
                { value: i.phoneDots, colour: COLOURS.phone },
                { value: i.paperDots, colour: COLOURS.paper },
              ],
              max,
              fill(w.dotsBar, { phone: i.phoneDots, paper: i.paperDots }),
            )}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function actionRow(a: ReportAction, withStatus: boolean, sp: Speech): SafeHtml {
  const { lang, w } = sp;
  return html`<tr>
    <td>${paragraphs(a.text)}${a.answers ? html`<p class="carried">${htmlMessage(w.answers, { what: inline(a.answers) })}</p>` : ""}${
      a.carriedFrom ? html`<p class="carried">${htmlMessage(w.carriedFrom, { event: inline(a.carriedFrom.title), date: shortDate(a.carriedFrom.date, lang) })}</p>` : ""
    }</td>
    <td>${a.owner.text ? inline(a.owner) : html`<span class="muted">${w.toBeAgreed}</span>`}</td>
    <td>${dueText(a.dueOn, sp)}</td>
    ${withStatus ? html`<td>${statusBadge(a.status, w)}${a.update.text ? paragraphs(a.update) : ""}</td>` : ""}
  </tr>`;
}

function actionTable(actions: readonly ReportAction[], withStatus: boolean, sp: Speech): SafeHtml {
  const { w } = sp;
  return html`<table>
    <thead><tr><th class="wide">${withStatus ? w.committed : w.weWill}</th><th>${w.who}</th><th>${w.when}</th>${withStatus ? html`<th>${w.whatHappened}</th>` : ""}</tr></thead>
    <tbody>${actions.map((a) => actionRow(a, withStatus, sp))}</tbody>
  </table>`;
}

function youSaidWeDid(s: Extract<ReportSection, { key: "you-said-we-did" }>, sp: Speech): SafeHtml {
  const { lang, w } = sp;
  const thread = s.priorities.length ? threadTable(s.priorities, sp) : html``;
  if (!s.previous) return s.priorities.length ? thread : html`<p class="muted">${w.firstEvent}</p>`;
  return html`${thread}<p>${htmlMessage(w.atEvent, { event: inline(s.previous.title), date: longDate(s.previous.date, lang, true) })}</p>
    ${s.actions.length ? actionTable(s.actions, true, sp) : html`<p class="muted">${w.noCommitments}</p>`}`;
}

function stayInvolved(s: Extract<ReportSection, { key: "stay-involved" }>, { w }: Speech): SafeHtml {
  return html`${s.nextMeeting.text ? html`<h3>${w.nextMeeting}</h3>${paragraphs(s.nextMeeting)}` : ""}
    ${s.contacts.text ? html`<h3>${w.contacts}</h3><div class="contacts">${paragraphs(s.contacts)}</div>` : ""}`;
}

/** One section: its heading (a PDF bookmark), the organiser's words, then what the event produced, in the report's language. */
export function renderSection(s: ReportSection, sp: Speech = speechOf("en")): SafeHtml {
  const body = (() => {
    switch (s.key) {
      case "what-happened":
        return whatHappened(s, sp);
      case "what-we-asked":
        return s.prompts.length ? html`<ol class="prompts">${s.prompts.map((p) => html`<li>${inline(p)}</li>`)}</ol>` : html`<p class="muted">${sp.w.noQuestions}</p>`;
      case "what-you-said":
        return whatYouSaid(s, sp);
      case "priorities":
        return priorities(s, sp);
      case "what-next":
        return s.actions.length ? actionTable(s.actions, false, sp) : html`<p class="muted">${sp.w.sharedSoon}</p>`;
      case "you-said-we-did":
        return youSaidWeDid(s, sp);
      case "stay-involved":
        return stayInvolved(s, sp);
    }
  })();
  return html`<section class="section section--${s.key}" aria-labelledby="s-${s.key}">
    <h2 id="s-${s.key}">${s.heading}</h2>
    ${paragraphs(s.text, "lead")}
    ${body}
  </section>`;
}
