import type { Action, ActionStatus } from "../action";
import { ACTION_STATUS_LABELS } from "../action-input";
import type { IsoDate } from "../event";
import { shortDate } from "../report/dates";
import { userTextOf as ut, type UserText } from "../report/user-text";
import type { ActionProgress, Measure, MeasureKind, MeasureReading, Win } from "./evidence";
import type { Priority, PriorityStatus } from "./priority";

/** What the neighbourhood's exports are built from: the thread as the neighbourhood page has it. */
export interface ThreadExportSource {
  readonly neighbourhood: { readonly id: string; readonly name: string };
  readonly partnership: { readonly name: string } | null;
  readonly events: readonly { readonly id: string; readonly title: string; readonly date: IsoDate }[];
  readonly priorities: readonly {
    readonly priority: Priority;
    readonly status: PriorityStatus;
    readonly statusOn: IsoDate | null;
    readonly actions: readonly { readonly action: Action; readonly progress: readonly ActionProgress[] }[];
    readonly wins: readonly Win[];
    readonly measures: readonly { readonly measure: Measure; readonly readings: readonly MeasureReading[] }[];
  }[];
  /** Every win of the neighbourhood, those of no priority too. */
  readonly wins: readonly Win[];
}

export interface ExportMeasure {
  readonly id: string;
  readonly kind: MeasureKind;
  readonly name: UserText;
  readonly unit: UserText;
  readonly source: UserText;
  readonly readings: readonly { readonly on: IsoDate; readonly value: number | null; readonly text: UserText; readonly source: UserText }[];
}

export interface ProgressPriority {
  readonly id: string;
  readonly title: UserText;
  readonly status: PriorityStatus;
  readonly statusOn: IsoDate | null;
  readonly lead: UserText;
  readonly adoptedAt: UserText;
  readonly adoptedOn: IsoDate;
  readonly rank: number;
  readonly tied: boolean;
  readonly dots: number;
  readonly quote: UserText | null;
  readonly actions: readonly { readonly id: string; readonly text: UserText; readonly owner: UserText; readonly status: ActionStatus; readonly progress: readonly { readonly on: IsoDate; readonly text: UserText }[] }[];
  readonly wins: readonly { readonly on: IsoDate; readonly text: UserText }[];
  readonly measures: readonly ExportMeasure[];
}

/** "One year on": every priority of the neighbourhood, where it stands and what was done. */
export interface ProgressReportModel {
  readonly kind: "progress";
  readonly neighbourhood: UserText;
  readonly partnership: UserText | null;
  readonly on: IsoDate;
  readonly priorities: readonly ProgressPriority[];
}

/** One page of recent wins for the hub's noticeboard and newsletter. */
export interface GoodNewsModel {
  readonly kind: "good-news";
  readonly neighbourhood: UserText;
  readonly since: IsoDate;
  readonly until: IsoDate;
  readonly wins: readonly { readonly id: string; readonly on: IsoDate; readonly text: UserText; readonly priority: UserText | null; readonly photo: string | null }[];
}

export type ThreadExportModel = ProgressReportModel | GoodNewsModel;

const measureOf = (m: Measure, readings: readonly MeasureReading[]): ExportMeasure => ({
  id: m.id,
  kind: m.kind,
  name: ut(`measure.${m.id}.name`, m.name),
  unit: ut(`measure.${m.id}.unit`, m.unit),
  source: ut(`measure.${m.id}.source`, m.source),
  readings: readings.map((r) => ({ on: r.on, value: r.value, text: ut(`reading.${r.id}.text`, r.text), source: ut(`reading.${r.id}.source`, r.source) })),
});

/**
 * The progress report's model. Keys match the feedback report's "you said, we did" (a win,
 * a quote, a progress line is the same text there and here), so each is reviewed once here.
 */
export function buildProgressReport(source: ThreadExportSource, on: IsoDate): ProgressReportModel {
  const eventTitle = new Map(source.events.map((e) => [e.id, e.title]));
  return {
    kind: "progress",
    neighbourhood: ut(`neighbourhood.${source.neighbourhood.id}.name`, source.neighbourhood.name),
    partnership: source.partnership ? ut("partnership.name", source.partnership.name) : null,
    on,
    priorities: source.priorities.map(({ priority: p, status, statusOn, actions, wins, measures }) => {
      const quote = p.quotes[0];
      return {
        id: p.id,
        title: ut(`thread.${p.id}.title`, p.title),
        status,
        statusOn,
        lead: ut(`thread.${p.id}.lead`, p.lead),
        adoptedAt: ut(`thread.${p.id}.event`, eventTitle.get(p.eventId) ?? ""),
        adoptedOn: p.adoptedOn,
        rank: p.rank,
        tied: p.tied,
        dots: p.dots,
        quote: quote ? ut(`quote.${quote.id}`, quote.text) : null,
        actions: actions
          .filter((a) => !a.action.deleted)
          .map(({ action: a, progress }) => ({
            id: a.id,
            text: ut(`thread-action.${a.id}.text`, a.text),
            owner: ut(`thread-action.${a.id}.owner`, a.owner),
            status: a.status,
            progress: progress.map((x) => ({ on: x.on, text: ut(`progress.${x.id}`, x.text) })),
          })),
        wins: wins.filter((w) => !w.deleted).map((w) => ({ on: w.on, text: ut(`win.${w.id}`, w.text) })),
        measures: measures.map((m) => measureOf(m.measure, m.readings)),
      };
    }),
  };
}

/** The day three months before `iso` (the good-news sheet's default period); the 31st of a short month becomes its last day. */
export function threeMonthsBefore(iso: IsoDate): IsoDate {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = m - 3 <= 0 ? m + 9 : m - 3;
  const year = m - 3 <= 0 ? y - 1 : y;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** The wins of a period, newest first, each with the priority it is for. */
export function buildGoodNews(source: ThreadExportSource, since: IsoDate, until: IsoDate): GoodNewsModel {
  const titleOf = new Map(source.priorities.map((p) => [p.priority.id, p.priority.title]));
  return {
    kind: "good-news",
    neighbourhood: ut(`neighbourhood.${source.neighbourhood.id}.name`, source.neighbourhood.name),
    since,
    until,
    wins: source.wins
      .filter((w) => !w.deleted && w.on >= since && w.on <= until)
      .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : b.seq - a.seq))
      .map((w) => {
        const title = w.priorityId ? titleOf.get(w.priorityId) : undefined;
        return { id: w.id, on: w.on, text: ut(`win.${w.id}`, w.text), priority: w.priorityId && title !== undefined ? ut(`thread.${w.priorityId}.title`, title) : null, photo: w.photo };
      }),
  };
}

/** A numeric series in words: the chart's text alternative, every reading with its date. */
export function describeReadings(name: string, unit: string, readings: ExportMeasure["readings"]): string {
  const u = unit ? ` ${unit}` : "";
  const points = readings.filter((r) => r.value !== null).map((r) => `${shortDate(r.on)}: ${r.value}${u}`);
  if (points.length === 0) return `${name}: no readings yet.`;
  return `${name}, ${points.length} ${points.length === 1 ? "reading" : "readings"}. ${points.join("; ")}.`;
}

/** "Rank 2 (tied), 14 dots". */
export const rankText = (p: Pick<ProgressPriority, "rank" | "tied" | "dots">): string => `rank ${p.rank}${p.tied ? " (tied)" : ""}, ${p.dots} ${p.dots === 1 ? "dot" : "dots"}`;

export const actionStatusText = (s: ActionStatus): string => ACTION_STATUS_LABELS[s];
