import { threadMarkdown } from "./thread-markdown";
import { ACTION_STATUS_LABELS, longDate, shortDate, shownText, type ReportAction, type ReportModel, type ReportSection, type UserText, type WhoWeHeardFrom } from "../../../core";

/**
 * User text as Markdown text: characters Markdown (or HTML inside it) would act on are
 * backslash-escaped, so `<script>`, `[link](javascript:…)` and `**` stay literal.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~!&]/gu, "\\$&")
    // At a line's start "-", "+" and "=" make lists and headings, "1." and "1)" numbered lists.
    .replace(/^(\s*)([-+=])/gmu, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/gmu, "$1\\$2")
    .replace(/\n/gu, "  \n");
}

const t = (u: UserText) => escapeMarkdown(u.text);
const para = (u: UserText) => (u.text.trim() ? `${t(u)}\n\n` : "");

function actions(list: readonly ReportAction[], withStatus: boolean): string {
  return list
    .map((a) => {
      const due = a.dueOn ? `by ${shortDate(a.dueOn)}` : "no date yet";
      const who = a.owner.text ? t(a.owner) : "to be agreed";
      const status = withStatus ? ` — **${ACTION_STATUS_LABELS[a.status]}**${a.update.text ? `: ${t(a.update)}` : ""}` : "";
      return `- ${t(a.text)} (${who}, ${due})${status}`;
    })
    .join("\n");
}

function section(s: ReportSection): string {
  const head = `## ${s.heading}\n\n${para(s.text)}`;
  switch (s.key) {
    case "what-happened": {
      const c = s.counts;
      const lines = [c.attendance !== null ? `- ${c.attendance} people took part` : "", `- ${c.notes} notes written`, c.tables ? `- ${c.tables} tables` : "", c.themes ? `- ${c.themes} themes` : ""];
      return `${head}We met on ${longDate(s.date)}${s.venue.text ? ` at ${t(s.venue)}` : ""}.\n\n${lines.filter(Boolean).join("\n")}\n`;
    }
    case "what-we-asked":
      return `${head}${s.prompts.map((p, i) => `${i + 1}. ${t(p)}`).join("\n")}\n`;
    case "what-you-said":
      return `${head}${s.themes
        .map((th) => {
          const quotes = th.quotes.map((q) => `> ${t(q.text)}\n`).join("\n");
          const notes = th.notes.map((n) => `- ${t(n.text)}${n.raised > 1 ? ` (raised ${n.raised} times)` : ""}`).join("\n");
          return `### ${th.title ? t(th.title) : "Not yet themed"}\n\nRaised ${th.raisedCount} times.\n\n${quotes ? `${quotes}\n` : ""}${notes}\n`;
        })
        .join("\n")}`;
    case "priorities": {
      const p = s.priorities;
      if (!p) return `${head}No vote was held.\n`;
      const rows = p.items.map((i) => `| ${i.rank}${i.tied ? " (tied)" : ""} | ${t(i.label)} | ${i.dots} | ${i.voters} | ${i.phoneDots} | ${i.paperDots} |`);
      return `${head}### ${t(p.roundTitle)}\n\n${para(p.howItRan)}| Rank | Priority | Dots | People | Phone | Paper |\n|---:|---|---:|---:|---:|---:|\n${rows.join("\n")}\n`;
    }
    case "what-next":
      return `${head}${s.actions.length ? actions(s.actions, false) : "Commitments will be shared soon."}\n`;
    case "you-said-we-did": {
      const thread = s.priorities.length ? `${threadMarkdown(s.priorities, t)}\n` : "";
      return s.previous
        ? `${head}${thread}At ${t(s.previous.title)} on ${longDate(s.previous.date)} we made these commitments.\n\n${actions(s.actions, true)}\n`
        : `${head}${thread || "This is the first event we have held here.\n"}`;
    }
    case "stay-involved":
      return `${head}${s.nextMeeting.text ? `### Next meeting\n\n${para(s.nextMeeting)}` : ""}${s.contacts.text ? `### Contacts\n\n${para(s.contacts)}` : ""}`;
  }
}

/** "Who we heard from": the "About you" counts, every small number already hidden. */
function heard(h: WhoWeHeardFrom): string {
  const e = escapeMarkdown;
  const targets = h.targets.length
    ? `### The groups we hoped to hear from\n\n| Group | Hoped for | Heard from | Met |\n|---|---:|---:|---|\n${h.targets.map((x) => `| ${e(x.label)} | ${x.hopedFor} | ${shownText(x.heard)} | ${x.met ? "yes" : "not yet"} |`).join("\n")}\n\n`
    : "";
  const questions = h.questions
    .filter((q) => q.rows.length > 0)
    .map((q) => `### ${e(q.label)}\n\n| Answer | People |\n|---|---:|\n${q.rows.map((r) => `| ${e(r.label)} | ${shownText(r.shown)} |`).join("\n")}\n| **Total** | ${shownText(q.total)} |\n`)
    .join("\n");
  return `## Who we heard from\n\nWe keep only how many gave each answer, never who gave it. A number from 1 to 4 is shown as “fewer than 5”, and where a total would give one away, another number is hidden too.\n\n${targets}${questions || "Nobody has answered yet.\n"}`;
}

/** The report as Markdown, from the same redacted model as the PDF. */
export function renderReportMarkdown(model: ReportModel): string {
  const meta = [longDate(model.date), model.place.text ? t(model.place) : ""].filter(Boolean).join(" · ");
  return `# ${t(model.title)}\n\n${t(model.eventTitle)}  \n${meta}\n\n${para(model.intro)}${model.sections.map((s) => (s.key === "what-happened" && model.heard ? `${section(s)}\n${heard(model.heard)}` : section(s))).join("\n")}${model.heard && !model.sections.some((s) => s.key === "what-happened") ? `\n${heard(model.heard)}` : ""}${model.footer.text ? `\n---\n\n${t(model.footer)}\n` : ""}`;
}
