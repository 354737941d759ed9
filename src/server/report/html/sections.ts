import { longDate, shortDate, type ReportAction, type ReportSection, type ReportTheme } from "../../../core";
import { html, type SafeHtml } from "./escape";
import { bar, COLOURS, dueText, inline, paragraphs, statusBadge, swatch } from "./parts";
import { threadTable } from "./thread-table";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function whatHappened(s: Extract<ReportSection, { key: "what-happened" }>): SafeHtml {
  const c = s.counts;
  const item = (n: number, label: string) => html`<li><strong>${n}</strong>${label}</li>`;
  return html`<p>We met on ${longDate(s.date)}${s.venue.text ? html` at ${inline(s.venue)}` : ""}${s.neighbourhood.text ? html`, ${inline(s.neighbourhood)}` : ""}.</p>
    <ul class="counts">
      ${c.attendance !== null ? item(c.attendance, c.attendance === 1 ? "person took part" : "people took part") : ""}
      ${item(c.notes, c.notes === 1 ? "note written" : "notes written")}
      ${c.tables > 0 ? item(c.tables, c.tables === 1 ? "table" : "tables") : ""}
      ${c.themes > 0 ? item(c.themes, c.themes === 1 ? "theme" : "themes") : ""}
      ${c.languages > 0 ? item(c.languages, c.languages === 1 ? "other language" : "other languages") : ""}
    </ul>`;
}

function theme(t: ReportTheme): SafeHtml {
  return html`<div class="theme">
    <div class="theme__head">
      <h3>${t.title ? inline(t.title) : "Not yet themed"}</h3>
      <p class="theme__meta">Raised ${plural(t.raisedCount, "time")}${t.tableCount > 0 ? ` at ${plural(t.tableCount, "table")}` : ""}</p>
      ${t.quotes.map((q) => html`<blockquote class="quote">${paragraphs(q.text)}</blockquote>`)}
    </div>
    <ul class="notes">
      ${t.notes.map((n) => html`<li>${inline(n.text)}${n.raised > 1 ? html` <span class="raised">(raised ${n.raised} times)</span>` : ""}</li>`)}
    </ul>
  </div>`;
}

/** The themes at a glance: how often each was raised, as a table with a vector bar chart. */
function overview(themes: readonly ReportTheme[]): SafeHtml {
  const max = Math.max(1, ...themes.map((t) => t.raisedCount));
  return html`<table class="overview">
    <thead><tr><th>Theme</th><th class="num">Raised</th><th class="bar"><span class="muted">Chart</span></th></tr></thead>
    <tbody>${themes.map(
      (t) => html`<tr><td>${t.title ? inline(t.title) : "Not yet themed"}</td><td class="num">${t.raisedCount}</td><td class="bar">${bar(
        [{ value: t.raisedCount, colour: COLOURS.notes }],
        max,
        `raised ${plural(t.raisedCount, "time")}`,
      )}</td></tr>`,
    )}</tbody>
  </table>`;
}

function whatYouSaid(s: Extract<ReportSection, { key: "what-you-said" }>): SafeHtml {
  if (s.themes.length === 0) return html`<p class="muted">No notes were written.</p>`;
  return html`${overview(s.themes)}${s.themes.map(theme)}`;
}

function priorities(s: Extract<ReportSection, { key: "priorities" }>): SafeHtml {
  const p = s.priorities;
  if (!p) return html`<p class="muted">No vote was held.</p>`;
  const max = Math.max(1, ...p.items.map((i) => i.dots));
  return html`<h3>${inline(p.roundTitle)}</h3>
    ${paragraphs(p.howItRan)}
    <p>${plural(p.totalDots, "dot")} in all: ${p.phoneDots} by phone, ${p.paperDots} on paper.</p>
    <p class="legend"><span>${swatch(COLOURS.phone)}phone dots</span><span>${swatch(COLOURS.paper)}paper dots</span></p>
    <table>
      <thead><tr><th class="num">Rank</th><th class="wide">Priority</th><th class="num">Dots</th><th class="num">People</th><th class="num">Phone</th><th class="num">Paper</th><th><span class="muted">Chart</span></th></tr></thead>
      <tbody>
        ${p.items.map(
          (i) => html`<tr>
            <td class="num">${i.rank}${i.tied ? " (tied)" : ""}</td>
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
              `${i.phoneDots} phone dots and ${i.paperDots} paper dots`,
            )}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
}

function actionRow(a: ReportAction, withStatus: boolean): SafeHtml {
  return html`<tr>
    <td>${paragraphs(a.text)}${a.answers ? html`<p class="carried">Answers: ${inline(a.answers)}</p>` : ""}${
      a.carriedFrom ? html`<p class="carried">Carried forward from ${inline(a.carriedFrom.title)} (${shortDate(a.carriedFrom.date)})</p>` : ""
    }</td>
    <td>${a.owner.text ? inline(a.owner) : html`<span class="muted">to be agreed</span>`}</td>
    <td>${dueText(a.dueOn)}</td>
    ${withStatus ? html`<td>${statusBadge(a.status)}${a.update.text ? paragraphs(a.update) : ""}</td>` : ""}
  </tr>`;
}

function actionTable(actions: readonly ReportAction[], withStatus: boolean): SafeHtml {
  return html`<table>
    <thead><tr><th class="wide">${withStatus ? "You said, we committed to" : "We will"}</th><th>Who</th><th>When</th>${withStatus ? html`<th>What happened</th>` : ""}</tr></thead>
    <tbody>${actions.map((a) => actionRow(a, withStatus))}</tbody>
  </table>`;
}

function whatNext(s: Extract<ReportSection, { key: "what-next" }>): SafeHtml {
  return s.actions.length ? actionTable(s.actions, false) : html`<p class="muted">Commitments will be shared soon.</p>`;
}

function youSaidWeDid(s: Extract<ReportSection, { key: "you-said-we-did" }>): SafeHtml {
  const thread = s.priorities.length ? threadTable(s.priorities) : html``;
  if (!s.previous) return s.priorities.length ? thread : html`<p class="muted">This is the first event we have held here, so there is nothing to report back on yet.</p>`;
  return html`${thread}<p>At ${inline(s.previous.title)} on ${longDate(s.previous.date)} we made these commitments.</p>
    ${s.actions.length ? actionTable(s.actions, true) : html`<p class="muted">No commitments were recorded.</p>`}`;
}

function stayInvolved(s: Extract<ReportSection, { key: "stay-involved" }>): SafeHtml {
  return html`${s.nextMeeting.text ? html`<h3>Next meeting</h3>${paragraphs(s.nextMeeting)}` : ""}
    ${s.contacts.text ? html`<h3>Contacts</h3><div class="contacts">${paragraphs(s.contacts)}</div>` : ""}`;
}

/** One section: its heading (a PDF bookmark), the organiser's words, then what the event produced. */
export function renderSection(s: ReportSection): SafeHtml {
  const body = (() => {
    switch (s.key) {
      case "what-happened":
        return whatHappened(s);
      case "what-we-asked":
        return s.prompts.length ? html`<ol class="prompts">${s.prompts.map((p) => html`<li>${inline(p)}</li>`)}</ol>` : html`<p class="muted">No questions were recorded.</p>`;
      case "what-you-said":
        return whatYouSaid(s);
      case "priorities":
        return priorities(s);
      case "what-next":
        return whatNext(s);
      case "you-said-we-did":
        return youSaidWeDid(s);
      case "stay-involved":
        return stayInvolved(s);
    }
  })();
  return html`<section class="section section--${s.key}" aria-labelledby="s-${s.key}">
    <h2 id="s-${s.key}">${s.heading}</h2>
    ${paragraphs(s.text, "lead")}
    ${body}
  </section>`;
}
