import { shortDate, type GoodNewsModel } from "../../../core";
import { html } from "./escape";
import { inline, paragraphs } from "./parts";
import { threadDocument, threadFooterHtml } from "./thread-document";

/** A win's photo, when it is one of the checked kinds (a data URL of a JPEG, PNG or WebP). */
const photoOf = (src: string | null) => (src && /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+={0,2}$/u.test(src) ? src : null);

/** As many wins as one A4 page holds with their photos; the Markdown carries them all. */
export const GOOD_NEWS_PAGE_WINS = 6;

/** One page of good news for the hub's noticeboard and newsletter: the period's wins, newest first. */
export function renderGoodNewsHtml(m: GoodNewsModel): string {
  const shown = m.wins.slice(0, GOOD_NEWS_PAGE_WINS);
  const more = m.wins.length - shown.length;
  const body = html`<header class="progress-head">
  <p class="title-page__kicker">Good news</p>
  <h1 dir="auto">Good news from ${m.neighbourhood.text}</h1>
  <p class="title-page__meta">${shortDate(m.since)} to ${shortDate(m.until)}</p>
</header>
<main class="good-news">
  ${m.wins.length === 0
    ? html`<p class="muted">No wins were logged in this period.</p>`
    : html`<ul class="wins">${shown.map((w) => {
        const photo = photoOf(w.photo);
        return html`<li class="win">
          ${photo ? html`<img class="win__photo" alt="" src="${photo}">` : ""}
          <div>${paragraphs(w.text, "win__text")}<p class="carried">${shortDate(w.on)}${w.priority ? html` · for ${inline(w.priority)}` : ""}</p></div>
        </li>`;
      })}</ul>${more > 0 ? html`<p class="carried">And ${more} more ${more === 1 ? "win" : "wins"} in this period.</p>` : ""}`}
  <p class="carried">You said, we did: thank you to everyone who came, spoke up and helped.</p>
</main>`;
  return threadDocument(`Good news from ${m.neighbourhood.text}`, body);
}

export const goodNewsFooterHtml = (m: GoodNewsModel): string => threadFooterHtml(`Good news from ${m.neighbourhood.text}`);
