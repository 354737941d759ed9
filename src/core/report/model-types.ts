import type { ActionStatus } from "../action";
import type { IsoDate } from "../event";
import type { LogoMime, SectionKey } from "./draft";
import type { PriorityItem } from "./priorities";
import type { ReportThreadPriority } from "./thread-section";
import type { UserText } from "./user-text";
import type { WhoWeHeardFrom } from "../monitoring/report";

/** A note as the report shows it: the words, and how many times it was raised (merged duplicates). */
export interface ReportNote {
  readonly id: string;
  readonly text: UserText;
  readonly raised: number;
}

/** A theme with its notes, or the notes not yet themed (`title` null). */
export interface ReportTheme {
  readonly id: string | null;
  readonly title: UserText | null;
  readonly notes: readonly ReportNote[];
  readonly quotes: readonly ReportNote[];
  /** Notes as residents raised them: merged duplicates count once each. */
  readonly raisedCount: number;
  readonly tableCount: number;
}

export interface ReportAction {
  readonly id: string;
  readonly text: UserText;
  readonly owner: UserText;
  readonly dueOn: IsoDate | null;
  readonly status: ActionStatus;
  readonly update: UserText;
  /** The theme or note this action answers. */
  readonly answers: UserText | null;
  /** The earlier event this action was carried forward from. */
  readonly carriedFrom: { readonly title: UserText; readonly date: IsoDate } | null;
}

export interface ReportPriorityView {
  readonly roundTitle: UserText;
  readonly howItRan: UserText;
  readonly items: readonly (Omit<PriorityItem, "label"> & { readonly label: UserText })[];
  readonly totalDots: number;
  readonly phoneDots: number;
  readonly paperDots: number;
  /** False when no round was marked final and these are the last revealed round's results. */
  readonly final: boolean;
}

export interface AttendanceCounts {
  /** People in the room, as the organiser counted them; null when not entered. */
  readonly attendance: number | null;
  readonly notes: number;
  readonly tables: number;
  readonly themes: number;
  readonly languages: number;
}

interface SectionBase<K extends SectionKey> {
  readonly key: K;
  readonly heading: string;
  /** The organiser's words at the top of the section (empty: none). */
  readonly text: UserText;
}

export type ReportSection =
  | (SectionBase<"what-happened"> & { readonly date: IsoDate; readonly venue: UserText; readonly neighbourhood: UserText; readonly counts: AttendanceCounts })
  | (SectionBase<"what-we-asked"> & { readonly prompts: readonly UserText[] })
  | (SectionBase<"what-you-said"> & { readonly themes: readonly ReportTheme[] })
  | (SectionBase<"priorities"> & { readonly priorities: ReportPriorityView | null })
  | (SectionBase<"what-next"> & { readonly actions: readonly ReportAction[] })
  | (SectionBase<"you-said-we-did"> & {
      readonly previous: { readonly title: UserText; readonly date: IsoDate } | null;
      readonly actions: readonly ReportAction[];
      /** The neighbourhood's priorities still open or changed since the last report, however long ago adopted. */
      readonly priorities: readonly ReportThreadPriority[];
    })
  | (SectionBase<"stay-involved"> & { readonly nextMeeting: UserText; readonly contacts: UserText });

/** The whole report, ready to be drawn as HTML, PDF or Markdown; user text only inside UserText values. */
export interface ReportModel {
  readonly lang: string;
  readonly title: UserText;
  readonly eventTitle: UserText;
  readonly date: IsoDate;
  readonly place: UserText;
  readonly partnership: UserText;
  readonly intro: UserText;
  readonly footer: UserText;
  readonly logo: { readonly mime: LogoMime; readonly base64: string } | null;
  readonly sections: readonly ReportSection[];
  /** "Who we heard from" ("About you" counts, suppressed), shown after "What happened"; null when the event did not ask. */
  readonly heard: WhoWeHeardFrom | null;
}
