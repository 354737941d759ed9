import type { IsoDate } from "../event";

export type FeedbackClockState = "sent" | "overdue" | "due-soon" | "due";

export interface FeedbackClock {
  readonly state: FeedbackClockState;
  /** Days from today to the due date: negative when overdue. */
  readonly daysLeft: number;
  /** What a person reads at a glance: "3 days left", "due today", "2 days overdue", "sent 20 Nov". */
  readonly label: string;
}

/** Within this many days of the due date a report is "due soon". */
export const DUE_SOON_DAYS = 3;

const dayNumber = (date: IsoDate): number => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** Calendar days from `from` to `to` (no time zones involved). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Where an event's feedback report stands against its 10-day clock. `today` comes from the
 * room's clock (the server), never a device's.
 */
export function feedbackClock(feedbackDueOn: IsoDate, sentOn: IsoDate | null, today: IsoDate): FeedbackClock {
  const daysLeft = daysBetween(today, feedbackDueOn);
  if (sentOn) {
    const late = daysBetween(feedbackDueOn, sentOn);
    return { state: "sent", daysLeft, label: late > 0 ? `sent ${plural(late, "day")} late` : "sent on time" };
  }
  if (daysLeft < 0) return { state: "overdue", daysLeft, label: `${plural(-daysLeft, "day")} overdue` };
  if (daysLeft === 0) return { state: "due-soon", daysLeft, label: "due today" };
  return { state: daysLeft <= DUE_SOON_DAYS ? "due-soon" : "due", daysLeft, label: `${plural(daysLeft, "day")} left` };
}
