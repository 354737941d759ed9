import type { ThreadUpsert } from "../../core";
import { neighbourhoods, partnerships } from "../db/repos/places";
import { experiments, measures, progressLines, readings, wins } from "../db/repos/evidence";
import { actionLinks, priorities, statusEntries, themeLinks } from "../db/repos/priorities";
import type { ReadonlyDatabase } from "../db/prepared";

const all = (db: ReadonlyDatabase, table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];

/**
 * Every record of the thread on this laptop, each list before the lists that point at it
 * (partnerships, neighbourhoods, priorities, then their facts): what may leave for the hub.
 * Events, notes, ballots, devices and join codes are not read here at all.
 */
export function threadRecords(db: ReadonlyDatabase): ThreadUpsert[] {
  return [
    ...all(db, "partnership").map((r) => ({ kind: "partnership" as const, value: partnerships.fromRow(r) })),
    ...all(db, "neighbourhood").map((r) => ({ kind: "neighbourhood" as const, value: neighbourhoods.fromRow(r) })),
    ...all(db, "priority").flatMap((r) => {
      const p = priorities.get(db, String(r.id));
      return p ? [{ kind: "priority" as const, value: p }] : [];
    }),
    ...all(db, "priority_status").map((r) => ({ kind: "priorityStatus" as const, value: statusEntries.fromRow(r) })),
    ...all(db, "theme_priority").map((r) => ({ kind: "themeLink" as const, value: themeLinks.fromRow(r) })),
    ...all(db, "action_priority").map((r) => ({ kind: "actionLink" as const, value: actionLinks.fromRow(r) })),
    ...all(db, "action_progress").map((r) => ({ kind: "progress" as const, value: progressLines.fromRow(r) })),
    ...all(db, "win").map((r) => ({ kind: "win" as const, value: wins.fromRow(r) })),
    ...all(db, "measure").map((r) => ({ kind: "measure" as const, value: measures.fromRow(r) })),
    ...all(db, "measure_reading").map((r) => ({ kind: "reading" as const, value: readings.fromRow(r) })),
    ...all(db, "experiment").map((r) => ({ kind: "experiment" as const, value: experiments.fromRow(r) })),
  ];
}
