import { html, trustedConstant, type SafeHtml } from "./escape";
import { reportStylesheet } from "./stylesheet";

/** A neighbourhood export as one HTML document, with the feedback report's stylesheet: no scripts, no links, user text escaped. */
export function threadDocument(title: string, body: SafeHtml): string {
  const { css } = reportStylesheet();
  return html`<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${trustedConstant(css)}</style>
</head>
<body>
<div class="sheet">
${body}
</div>
</body>
</html>
`.value;
}

/** The running footer of every printed page: what the document is, and "Page N of M". */
export function threadFooterHtml(text: string): string {
  return html`<div style="box-sizing:border-box;width:100%;padding:0 18mm;display:flex;justify-content:space-between;gap:12pt;font-family:'Noto Sans',Arial,'Noto Naskh Arabic','Noto Color Emoji',sans-serif;font-size:11pt;color:#3f3f48;">
<span dir="auto">${text}</span><span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
</div>`.value;
}
