import { longDate, reportDir, type ReportModel } from "../../../core";
import { html, htmlMessage, trustedConstant } from "./escape";
import { inline, paragraphs } from "./parts";
import { renderSection, speechOf } from "./sections";
import { renderHeard } from "./heard";
import { reportStylesheet } from "./stylesheet";

/**
 * The report as one HTML document: what the PDF is printed from and what the editor's
 * preview shows, byte for byte. No scripts, no links, no remote resources; the logo is a
 * data: URL of checked PNG or JPEG bytes; every user text is escaped.
 */
export function renderReportHtml(model: ReportModel): string {
  const { css } = reportStylesheet();
  const sp = speechOf(model.lang);
  const { w } = sp;
  const meta = [longDate(model.date, model.lang)];
  return html`<!doctype html>
<html lang="${model.lang}" dir="${reportDir(model.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${model.title.text}</title>
<style>${trustedConstant(css)}</style>
</head>
<body>
<div class="sheet">
<section class="title-page" aria-label="${w.titlePage}">
  ${model.logo ? html`<img class="title-page__logo" alt="${w.logo}" src="data:${model.logo.mime};base64,${model.logo.base64}">` : ""}
  <p class="title-page__kicker">${w.kicker}</p>
  <h1 dir="auto">${model.title.text}</h1>
  <p class="title-page__event">${inline(model.eventTitle)}</p>
  <p class="title-page__meta">${meta}${model.place.text ? html` · ${inline(model.place)}` : ""}</p>
  ${model.partnership.text ? html`<p class="title-page__meta">${inline(model.partnership)}</p>` : ""}
  ${model.intro.text ? html`<div class="intro">${paragraphs(model.intro)}</div>` : ""}
</section>
</div>
<div class="sheet">
<main>
${model.sections.map((s) => (s.key === "what-happened" && model.heard ? html`${renderSection(s, sp)}${renderHeard(model.heard)}` : renderSection(s, sp)))}
${model.heard && !model.sections.some((s) => s.key === "what-happened") ? renderHeard(model.heard) : ""}
</main>
<p class="screen-footer"><span>${model.footer.text ? inline(model.footer) : ""}</span><span>${w.pageNumbersLater}</span></p>
</div>
</body>
</html>
`.value;
}

/**
 * The running footer of every printed page (Chromium's footer template, in both printers):
 * the organiser's footer text, escaped, and "Page N of M". Its own type size: templates do
 * not inherit the document's styles.
 */
export function renderFooterHtml(model: ReportModel): string {
  return html`<div style="box-sizing:border-box;width:100%;padding:0 18mm;display:flex;justify-content:space-between;gap:12pt;font-family:'Noto Sans',Arial,'Noto Naskh Arabic','Noto Color Emoji',sans-serif;font-size:11pt;color:#3f3f48;">
<span dir="auto">${model.footer.text}</span><span style="white-space:nowrap">${htmlMessage(speechOf(model.lang).w.pageOf, { page: html`<span class="pageNumber"></span>`, pages: html`<span class="totalPages"></span>` })}</span>
</div>`.value;
}
