import { ACTION_STATUS_LABELS, PRIORITY_STATUS_LABELS, shortDate, type ReportThreadPriority, type UserText } from "../../../core";

/** "You said, we did" for each priority in Markdown: you said, we did, where it stands. */
export function threadMarkdown(priorities: readonly ReportThreadPriority[], t: (u: UserText) => string): string {
  return priorities
    .map((p) => {
      const said = `**You said:** ${t(p.title)}${p.quote ? `\n\n> ${t(p.quote)}` : ""}`;
      const did = [
        ...p.actions.map((a) => `- ${t(a.text)}: ${ACTION_STATUS_LABELS[a.status]}${a.progress.map((x) => `; ${shortDate(x.on)}: ${t(x.text)}`).join("")}`),
        ...p.wins.map((w) => `- Win, ${shortDate(w.on)}: ${t(w.text)}`),
      ];
      const stands = `**Where it stands:** ${PRIORITY_STATUS_LABELS[p.status]}${p.statusOn ? ` (${shortDate(p.statusOn)})` : ""}${p.lead.text ? `; lead: ${t(p.lead)}` : ""}`;
      return `### ${t(p.title)}\n\n${said}\n\n**We did:**\n\n${did.length ? did.join("\n") : "- Nothing yet."}\n\n${stands}\n`;
    })
    .join("\n");
}
