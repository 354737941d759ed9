import { fill, reportWords } from "./words/words";

const parse = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * "Saturday 14 November 2026" (in Welsh "Dydd Sadwrn 14 Tachwedd 2026"): a calendar date in
 * words, never shifted by a time zone. `afterOn`: as a sentence says it after "on" ("ar ddydd Sadwrn …").
 */
export function longDate(iso: string, lang = "en", afterOn = false): string {
  const d = parse(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const w = reportWords(lang);
  return fill(w.longDate, { day: (afterOn ? w.daysAfterOn : w.days)[d.getUTCDay()] ?? "", date: d.getUTCDate(), month: w.months[d.getUTCMonth()] ?? "", year: d.getUTCFullYear() });
}

/** "14 November 2026". */
export function shortDate(iso: string, lang = "en"): string {
  const d = parse(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const w = reportWords(lang);
  return fill(w.shortDate, { date: d.getUTCDate(), month: w.months[d.getUTCMonth()] ?? "", year: d.getUTCFullYear() });
}
