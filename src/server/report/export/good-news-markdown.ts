import { shortDate, type GoodNewsModel } from "../../../core";
import { escapeMarkdown } from "./markdown";

/** The good-news sheet in Markdown, for a newsletter: every win of the period, newest first. */
export function renderGoodNewsMarkdown(m: GoodNewsModel): string {
  const wins = m.wins.map((w) => `- **${shortDate(w.on)}:** ${escapeMarkdown(w.text.text)}${w.priority ? ` _(for ${escapeMarkdown(w.priority.text)})_` : ""}`);
  return [
    `# Good news from ${escapeMarkdown(m.neighbourhood.text)}`,
    `${shortDate(m.since)} to ${shortDate(m.until)}`,
    wins.length ? wins.join("\n") : "No wins were logged in this period.",
    "You said, we did: thank you to everyone who came, spoke up and helped.",
  ].join("\n\n") + "\n";
}
