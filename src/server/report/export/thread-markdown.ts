import { fill, REPORT_EN, shortDate, type ReportThreadPriority, type ReportWords, type UserText } from "../../../core";

/** "You said, we did" for each priority in Markdown: you said, we did, where it stands. */
export function threadMarkdown(priorities: readonly ReportThreadPriority[], t: (u: UserText) => string, lang = "en", w: ReportWords = REPORT_EN): string {
  const date = (iso: string) => shortDate(iso, lang);
  return priorities
    .map((p) => {
      const said = `**${w.youSaid}:** ${t(p.title)}${p.quote ? `\n\n> ${t(p.quote)}` : ""}`;
      const did = [
        ...p.actions.map((a) => `- ${t(a.text)}: ${w.action[a.status]}${a.progress.map((x) => `; ${date(x.on)}: ${t(x.text)}`).join("")}`),
        ...p.wins.map((win) => `- ${fill(w.win, { date: date(win.on), text: t(win.text) })}`),
      ];
      const lead = p.lead.text ? `; ${fill(w.lead, { who: t(p.lead) })}` : "";
      const stands = `**${w.stands}:** ${w.priorityStatus[p.status]}${p.statusOn ? ` (${date(p.statusOn)})` : ""}${lead}`;
      return `### ${t(p.title)}\n\n${said}\n\n**${w.weDid}:**\n\n${did.length ? did.join("\n") : `- ${w.nothingYet}`}\n\n${stands}\n`;
    })
    .join("\n");
}
