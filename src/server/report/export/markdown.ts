import { threadMarkdown } from "./thread-markdown";
import { fill, longDate, pluralWords, reportWords, shortDate, shownText, type ReportAction, type ReportModel, type ReportSection, type ReportWords, type UserText, type WhoWeHeardFrom } from "../../../core";

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

type Speech = { readonly lang: string; readonly w: ReportWords };

function actions(list: readonly ReportAction[], withStatus: boolean, { lang, w }: Speech): string {
  return list
    .map((a) => {
      const due = a.dueOn ? fill(w.by, { date: shortDate(a.dueOn, lang) }) : w.noDate;
      const who = a.owner.text ? t(a.owner) : w.toBeAgreed;
      const status = withStatus ? ` — **${w.action[a.status]}**${a.update.text ? `: ${t(a.update)}` : ""}` : "";
      return `- ${t(a.text)} (${who}, ${due})${status}`;
    })
    .join("\n");
}

function section(s: ReportSection, sp: Speech): string {
  const { lang, w } = sp;
  const head = `## ${s.heading}\n\n${para(s.text)}`;
  switch (s.key) {
    case "what-happened": {
      const c = s.counts;
      const count = (n: number, label: ReportWords["counts"]["people"]) => `- ${n} ${pluralWords(lang, label, n)}`;
      const lines = [c.attendance !== null ? count(c.attendance, w.counts.people) : "", count(c.notes, w.counts.notes), c.tables ? count(c.tables, w.counts.tables) : "", c.themes ? count(c.themes, w.counts.themes) : ""];
      const met = fill(s.venue.text ? w.metAt : w.metOn, { date: longDate(s.date, lang, true), venue: t(s.venue) });
      return `${head}${met}\n\n${lines.filter(Boolean).join("\n")}\n`;
    }
    case "what-we-asked":
      return `${head}${s.prompts.map((p, i) => `${i + 1}. ${t(p)}`).join("\n")}\n`;
    case "what-you-said":
      return `${head}${s.themes
        .map((th) => {
          const quotes = th.quotes.map((q) => `> ${t(q.text)}\n`).join("\n");
          const notes = th.notes.map((n) => `- ${t(n.text)}${n.raised > 1 ? ` (${pluralWords(lang, w.raisedShort, n.raised)})` : ""}`).join("\n");
          return `### ${th.title ? t(th.title) : w.notThemed}\n\n${pluralWords(lang, w.raised, th.raisedCount)}.\n\n${quotes ? `${quotes}\n` : ""}${notes}\n`;
        })
        .join("\n")}`;
    case "priorities": {
      const p = s.priorities;
      if (!p) return `${head}${w.noVote}\n`;
      const rows = p.items.map((i) => `| ${i.rank}${i.tied ? ` ${w.tied}` : ""} | ${t(i.label)} | ${i.dots} | ${i.voters} | ${i.phoneDots} | ${i.paperDots} |`);
      return `${head}### ${t(p.roundTitle)}\n\n${para(p.howItRan)}| ${w.rank} | ${w.priority} | ${w.dots} | ${w.people} | ${w.phone} | ${w.paper} |\n|---:|---|---:|---:|---:|---:|\n${rows.join("\n")}\n`;
    }
    case "what-next":
      return `${head}${s.actions.length ? actions(s.actions, false, sp) : w.sharedSoon}\n`;
    case "you-said-we-did": {
      const thread = s.priorities.length ? `${threadMarkdown(s.priorities, t, lang, w)}\n` : "";
      return s.previous
        ? `${head}${thread}${fill(w.atEvent, { event: t(s.previous.title), date: longDate(s.previous.date, lang, true) })}\n\n${actions(s.actions, true, sp)}\n`
        : `${head}${thread || `${w.firstEvent}\n`}`;
    }
    case "stay-involved":
      return `${head}${s.nextMeeting.text ? `### ${w.nextMeeting}\n\n${para(s.nextMeeting)}` : ""}${s.contacts.text ? `### ${w.contacts}\n\n${para(s.contacts)}` : ""}`;
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

/** The report as Markdown, from the same redacted model as the PDF, in the report's language. */
export function renderReportMarkdown(model: ReportModel): string {
  const sp: Speech = { lang: model.lang, w: reportWords(model.lang) };
  const meta = [longDate(model.date, model.lang), model.place.text ? t(model.place) : ""].filter(Boolean).join(" · ");
  const body = model.sections.map((s) => (s.key === "what-happened" && model.heard ? `${section(s, sp)}\n${heard(model.heard)}` : section(s, sp))).join("\n");
  const heardAlone = model.heard && !model.sections.some((s) => s.key === "what-happened") ? `\n${heard(model.heard)}` : "";
  return `# ${t(model.title)}\n\n${t(model.eventTitle)}  \n${meta}\n\n${para(model.intro)}${body}${heardAlone}${model.footer.text ? `\n---\n\n${t(model.footer)}\n` : ""}`;
}
