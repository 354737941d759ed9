import type { Action } from "../action";
import { isOnBoard, raisedWith } from "../board-view";
import type { HearthEvent } from "../event";
import type { NoteId } from "../ids";
import type { Note } from "../note";
import { askedPrompts } from "../run";
import type { Prompt, Stage } from "../stage";
import type { Theme } from "../theme";
import { isolate } from "../text";
import { longDate } from "./dates";
import type { LogoMime, ReportDraft, SectionKey } from "./draft";
import { fill, pluralWords, REPORT_EN, reportWords } from "./words";
import type { ReportAction, ReportModel, ReportNote, ReportPriorityView, ReportSection, ReportTheme } from "./model-types";
import { rankItems, type ReportPriorities } from "./priorities";
import { threadPriorities, type ReportThreadSource } from "./thread-section";
import { userTextOf as ut, type UserText } from "./user-text";
import { combinedCounts, type MonitoringCount } from "../monitoring/counts";
import type { MonitoringSet } from "../monitoring/set";
import { whoWeHeardFrom } from "../monitoring/report";

/** Everything a report is drawn from; the server gathers it, this file only reads it. */
export interface ReportSource {
  readonly event: HearthEvent;
  readonly prompts: readonly Prompt[];
  /** The run sheet: "What we asked" lists only the prompts of stages the event reached (or that notes answer). */
  readonly stages: readonly Stage[];
  readonly notes: readonly Note[];
  readonly themes: readonly Theme[];
  readonly actions: readonly Action[];
  /** The previous event of the same neighbourhood or partnership, with its actions (and the themes and notes they answer): "you said, we did". */
  readonly previous: { readonly event: HearthEvent; readonly actions: readonly Action[]; readonly themes?: readonly Theme[]; readonly notes?: readonly Note[] } | null;
  /** The neighbourhood's priorities with what was done and where they stand; none when the event has no neighbourhood. */
  readonly thread?: readonly ReportThreadSource[];
  /** For actions carried forward: the event each came from, by the original action's id. */
  readonly carriedFrom: Readonly<Record<string, { readonly title: string; readonly date: string }>>;
  /** The final round's results; null when no vote was held. */
  readonly priorities: ReportPriorities | null;
  readonly draft: ReportDraft;
  readonly logo: { readonly mime: LogoMime; readonly base64: string } | null;
  /** The event's "About you" set and its counts (phone and paper); absent: not asked. */
  readonly monitoring?: { readonly set: MonitoringSet; readonly phone: readonly MonitoringCount[]; readonly paper: readonly MonitoringCount[] };
}

/** Organiser's text at the top of each section when they have not written their own, in English (other languages: words/). */
export const DEFAULT_SECTION_TEXT: Readonly<Record<SectionKey, string>> = REPORT_EN.sectionText;

/** The notes a report shows: those on the board (isOnBoard), each with its merged duplicates folded in (raisedWith). */
function visibleNotes(notes: readonly Note[]): { shown: Note[]; raised: Map<string, number>; tables: Map<string, Set<string>> } {
  const raisedBy = raisedWith(notes);
  const raised = new Map<string, number>();
  const tables = new Map<string, Set<string>>();
  for (const [id, list] of raisedBy) {
    raised.set(id, list.length);
    const labels = new Set(list.map((n) => n.table).filter(Boolean));
    if (labels.size > 0) tables.set(id, labels);
  }
  const shown = notes.filter((n) => isOnBoard(n) && raised.has(n.id)).sort((a, b) => a.position - b.position || a.createdSeq - b.createdSeq);
  return { shown, raised, tables };
}

const noteView = (n: Note, raised: Map<string, number>): ReportNote => ({ id: n.id, text: ut(`note.${n.id}`, n.text, n.lang), raised: raised.get(n.id) ?? 1 });

/** Hearth's own pick of quotes: for each theme, the note raised most often (the earliest on a tie). */
export function autoQuoteIds(notes: readonly Note[], themes: readonly Theme[]): NoteId[] {
  const { shown, raised } = visibleNotes(notes);
  const liveThemes = new Set(themes.filter((t) => !t.deleted).map((t) => t.id));
  const best = new Map<string, Note>();
  for (const n of [...shown].sort((a, b) => a.createdSeq - b.createdSeq)) {
    if (!n.themeId || !liveThemes.has(n.themeId)) continue;
    const cur = best.get(n.themeId);
    if (!cur || (raised.get(n.id) ?? 1) > (raised.get(cur.id) ?? 1)) best.set(n.themeId, n);
  }
  return themes.filter((t) => best.has(t.id)).map((t) => best.get(t.id)!.id);
}

function themeGroups(source: ReportSource): ReportTheme[] {
  const { shown, raised, tables } = visibleNotes(source.notes);
  const themes = source.themes.filter((t) => !t.deleted).sort((a, b) => a.position - b.position);
  const quoteIds = new Set<string>(source.draft.quoteMode === "auto" ? autoQuoteIds(source.notes, source.themes) : source.draft.quoteNoteIds);
  const group = (id: string | null, title: UserText | null, notes: Note[]): ReportTheme => {
    const views = notes.map((n) => noteView(n, raised));
    const tableSet = new Set(notes.flatMap((n) => [...(tables.get(n.id) ?? [])]));
    return {
      id,
      title,
      notes: views,
      quotes: views.filter((v) => quoteIds.has(v.id)),
      raisedCount: views.reduce((sum, v) => sum + v.raised, 0),
      tableCount: tableSet.size,
    };
  };
  const themed = new Set(themes.map((t) => t.id));
  const groups = themes.map((t) => group(t.id, ut(`theme.${t.id}`, t.title), shown.filter((n) => n.themeId === t.id)));
  const loose = shown.filter((n) => n.themeId === null || !themed.has(n.themeId));
  return [...groups.filter((g) => g.notes.length > 0), ...(loose.length > 0 ? [group(null, null, loose)] : [])];
}

function actionView(a: Action, source: ReportSource, prefix: string, themes: readonly Theme[], notes: readonly Note[]): ReportAction {
  const theme = a.themeId ? themes.find((t) => t.id === a.themeId && !t.deleted) : undefined;
  const note = !theme && a.noteId ? notes.find((n) => n.id === a.noteId && !n.deleted && !n.hidden) : undefined;
  const from = a.carriedFrom ? source.carriedFrom[a.carriedFrom] : undefined;
  return {
    id: a.id,
    text: ut(`${prefix}.${a.id}.text`, a.text),
    owner: ut(`${prefix}.${a.id}.owner`, a.owner),
    dueOn: a.dueOn,
    status: a.status,
    update: ut(`${prefix}.${a.id}.update`, a.update),
    answers: theme ? ut(`theme.${theme.id}`, theme.title) : note ? ut(`note.${note.id}`, note.text, note.lang) : null,
    carriedFrom: from ? { title: ut(`carried.${a.carriedFrom}.title`, from.title), date: from.date } : null,
  };
}

const byDue = (a: Action, b: Action) => (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") || a.createdSeq - b.createdSeq;

function priorityView(p: ReportPriorities | null): ReportPriorityView | null {
  if (!p) return null;
  const items = rankItems(p.items).map((item, i) => ({ ...item, label: ut(`priority.${i}`, item.label) }));
  return {
    roundTitle: ut("priorities.round", p.roundTitle),
    howItRan: ut("priorities.how", p.howItRan),
    items,
    totalDots: items.reduce((s, i) => s + i.dots, 0),
    phoneDots: items.reduce((s, i) => s + i.phoneDots, 0),
    paperDots: items.reduce((s, i) => s + i.paperDots, 0),
    final: p.final ?? true,
  };
}

/** The introduction Hearth drafts until the organiser writes their own. */
export function defaultIntro(event: Pick<HearthEvent, "title" | "venue" | "date">, attendance: number | null, notes: number, lang = "en"): string {
  const w = reportWords(lang).intro;
  const values = { event: isolate(event.title), venue: isolate(event.venue), date: longDate(event.date, lang, true) };
  const thanks = fill(event.venue ? w.thanksAt : w.thanks, values);
  const who = attendance ? pluralWords(lang, w.tookPart, attendance, { notes }) : pluralWords(lang, w.wrote, notes);
  return `${thanks} ${who} ${w.sets}`;
}

/** The title Hearth gives the report until the organiser gives their own. */
export const defaultTitle = (eventTitle: string, lang = "en") => fill(reportWords(lang).title, { event: isolate(eventTitle) });

/** The report as a structure of sections, in the organiser's order, with every user text keyed for redaction. */
export function buildReportModel(source: ReportSource): ReportModel {
  const { event, draft } = source;
  const groups = themeGroups(source);
  const notesRaised = groups.reduce((s, g) => s + g.raisedCount, 0);
  const tables = new Set(source.notes.filter((n) => !n.deleted && !n.hidden && n.table).map((n) => n.table));
  const languages = new Set(source.notes.filter((n) => !n.deleted && !n.hidden && n.lang).map((n) => n.lang.split("-")[0]!.toLowerCase()));
  languages.delete("en");
  const lang = draft.lang;
  const words = reportWords(lang);
  const text = (key: SectionKey) => ut(`draft.section.${key}`, draft.sectionText[key] ?? words.sectionText[key]);
  const answered = new Set(source.notes.flatMap((n) => (!n.deleted && n.promptId ? [n.promptId] : [])));
  const liveActions = (list: readonly Action[]) => list.filter((a) => !a.deleted).sort(byDue);
  const section = (key: SectionKey): ReportSection => {
    const heading = words.headings[key];
    switch (key) {
      case "what-happened":
        return {
          key, heading, text: text(key), date: event.date,
          venue: ut("event.venue", event.venue),
          neighbourhood: ut("event.neighbourhood", event.neighbourhood),
          counts: { attendance: draft.attendance, notes: notesRaised, tables: tables.size, themes: groups.filter((g) => g.id !== null).length, languages: languages.size },
        };
      case "what-we-asked":
        return { key, heading, text: text(key), prompts: askedPrompts(source.prompts, source.stages, event.currentStageId, answered).map((p) => ut(`prompt.${p.id}`, p.text)) };
      case "what-you-said":
        return { key, heading, text: text(key), themes: groups };
      case "priorities":
        return { key, heading, text: text(key), priorities: priorityView(source.priorities) };
      case "what-next":
        return { key, heading, text: text(key), actions: liveActions(source.actions).map((a) => actionView(a, source, "action", source.themes, source.notes)) };
      case "you-said-we-did": {
        const prev = source.previous;
        return {
          key, heading, text: text(key),
          previous: prev ? { title: ut("previous.title", prev.event.title), date: prev.event.date } : null,
          actions: prev ? liveActions(prev.actions).map((a) => actionView(a, source, "previous-action", prev.themes ?? [], prev.notes ?? [])) : [],
          priorities: threadPriorities(source.thread ?? [], event.date, prev?.event.date ?? null),
        };
      }
      case "stay-involved":
        return { key, heading, text: text(key), nextMeeting: ut("draft.nextMeeting", draft.nextMeeting), contacts: ut("draft.contacts", draft.contacts) };
    }
  };
  return {
    lang,
    title: ut("draft.title", draft.title ?? defaultTitle(event.title, lang)),
    eventTitle: ut("event.title", event.title),
    date: event.date,
    place: ut("event.place", [event.venue, event.neighbourhood].filter(Boolean).map(isolate).join(", ")),
    partnership: ut("event.partnership", event.partnership),
    intro: ut("draft.intro", draft.intro ?? defaultIntro(event, draft.attendance, notesRaised, lang)),
    footer: ut("draft.footer", draft.footer),
    logo: source.logo,
    sections: draft.order.map(section),
    heard: source.monitoring ? whoWeHeardFrom(source.monitoring.set, combinedCounts(source.monitoring.phone, source.monitoring.paper)) : null,
  };
}

/** How many notes the report counts as raised (merged duplicates each count; hidden and deleted ones do not). */
export function countRaisedNotes(notes: readonly Note[]): number {
  let n = 0;
  for (const v of visibleNotes(notes).raised.values()) n += v;
  return n;
}
