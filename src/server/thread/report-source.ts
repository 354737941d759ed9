import type { Database } from "better-sqlite3";
import type { HearthEvent, ReportThreadSource } from "../../core";
import { neighbourhoodOfEvent } from "../db/repos/places";
import { buildThread } from "./view";
import type { ReadonlyDatabase } from "../db/prepared";

const latest = (dates: readonly (string | null)[]): string | null => dates.reduce<string | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);

/** The neighbourhood's priorities as a report reads them; none when the event has no neighbourhood. */
export function threadForReport(db: ReadonlyDatabase, event: HearthEvent): ReportThreadSource[] {
  const neighbourhood = neighbourhoodOfEvent(db, event);
  if (!neighbourhood) return [];
  const thread = buildThread(db, neighbourhood.id);
  const titles = new Map(thread.events.map((e) => [e.id, e.title]));
  return thread.priorities.map((v) => {
    const p = v.priority;
    const quote = p.quotes[0];
    return {
      id: p.id,
      title: p.title,
      adoptedOn: p.adoptedOn,
      adoptedAt: titles.get(p.eventId) ?? "",
      quote: quote ? { id: quote.id, text: quote.text } : null,
      status: v.status,
      statusOn: v.statusOn,
      lead: p.lead,
      actions: v.actions.map((a) => ({ action: a.action, progress: a.progress.map((x) => ({ id: x.id, on: x.on, text: x.text })) })),
      wins: v.wins.map((w) => ({ id: w.id, on: w.on, text: w.text })),
      changedOn: latest([...v.history.map((h) => h.on), ...v.actions.flatMap((a) => a.progress.map((x) => x.on)), ...v.wins.map((w) => w.on)]),
    };
  });
}
