import { z } from "zod";
import type { IsoDate } from "./event";

/** How long notes of an event are kept, in months after its date; null keeps them until the event is deleted. */
export const RetentionMonths = z
  .number({ error: "Months must be a number" })
  .int("Months must be a whole number")
  .min(1, "Keep notes for at least 1 month")
  .max(120, "Keep notes for at most 120 months (10 years)")
  .nullable();
export type RetentionMonths = z.infer<typeof RetentionMonths>;

/** The calendar date `months` after `date`, clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Whether an event's notes are past their keeping time on `today` (YYYY-MM-DD). */
export function retentionExpired(event: { date: IsoDate; retentionMonths: number | null }, today: IsoDate): boolean {
  return event.retentionMonths !== null && addMonths(event.date, event.retentionMonths) <= today;
}
