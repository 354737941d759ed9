import type { Action, ActionStatus } from "../action";
import type { IsoDate } from "../event";
import { isOpenStatus, type PriorityStatus } from "../thread/priority";
import { userTextOf as ut, type UserText } from "./user-text";

/**
 * One priority of the neighbourhood as the server gathers it for a report: what residents
 * said, what was done, where it stands. Every date is the fact's own (never a laptop's clock).
 */
export interface ReportThreadSource {
  readonly id: string;
  readonly title: string;
  readonly adoptedOn: IsoDate;
  readonly adoptedAt: string;
  readonly quote: { readonly id: string; readonly text: string } | null;
  readonly status: PriorityStatus;
  readonly statusOn: IsoDate | null;
  readonly lead: string;
  readonly actions: readonly { readonly action: Action; readonly progress: readonly { readonly id: string; readonly on: IsoDate; readonly text: string }[] }[];
  readonly wins: readonly { readonly id: string; readonly on: IsoDate; readonly text: string }[];
  /** The latest date among its status entries, progress lines and wins; null when nothing has happened. */
  readonly changedOn: IsoDate | null;
}

export interface ReportThreadAction {
  readonly id: string;
  readonly text: UserText;
  readonly owner: UserText;
  readonly status: ActionStatus;
  readonly progress: readonly { readonly on: IsoDate; readonly text: UserText }[];
}

/** A priority in "you said, we did": you said (the priority, one quote), we did (actions, wins), and where it stands. */
export interface ReportThreadPriority {
  readonly id: string;
  readonly title: UserText;
  readonly adoptedOn: IsoDate;
  readonly adoptedAt: UserText;
  readonly quote: UserText | null;
  readonly actions: readonly ReportThreadAction[];
  readonly wins: readonly { readonly on: IsoDate; readonly text: UserText }[];
  readonly status: PriorityStatus;
  readonly statusOn: IsoDate | null;
  readonly lead: UserText;
}

/**
 * The neighbourhood's priorities that "you said, we did" reports on, however many meetings
 * ago they were adopted: every one adopted before this event that is still open, or that
 * changed after the last report (the previous event's date; every one when there was none).
 */
export function threadPriorities(thread: readonly ReportThreadSource[], eventDate: IsoDate, lastReportOn: IsoDate | null): ReportThreadPriority[] {
  return thread
    .filter((p) => p.adoptedOn < eventDate && (isOpenStatus(p.status) || lastReportOn === null || (p.changedOn !== null && p.changedOn > lastReportOn)))
    .map((p) => ({
      id: p.id,
      title: ut(`thread.${p.id}.title`, p.title),
      adoptedOn: p.adoptedOn,
      adoptedAt: ut(`thread.${p.id}.event`, p.adoptedAt),
      quote: p.quote ? ut(`quote.${p.quote.id}`, p.quote.text) : null,
      actions: p.actions
        .filter((a) => !a.action.deleted)
        .map(({ action: a, progress }) => ({
          id: a.id,
          text: ut(`thread-action.${a.id}.text`, a.text),
          owner: ut(`thread-action.${a.id}.owner`, a.owner),
          status: a.status,
          progress: progress.map((x) => ({ on: x.on, text: ut(`progress.${x.id}`, x.text) })),
        })),
      wins: p.wins.map((w) => ({ on: w.on, text: ut(`win.${w.id}`, w.text) })),
      status: p.status,
      statusOn: p.statusOn,
      lead: ut(`thread.${p.id}.lead`, p.lead),
    }));
}
