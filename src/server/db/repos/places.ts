import type { Database } from "better-sqlite3";
import { Neighbourhood, Partnership, type HearthEvent } from "../../../core";
import { listEvents } from "./events";
import { defineTable } from "./table";
import type { ReadonlyDatabase } from "../prepared";

export const neighbourhoods = defineTable(Neighbourhood, "neighbourhood", {
  id: ["id", "text"],
  name: ["name", "text"],
  partnershipId: ["partnership_id", "nullableText"],
  mergedInto: ["merged_into", "nullableText"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

export const partnerships = defineTable(Partnership, "partnership", {
  id: ["id", "text"],
  name: ["name", "text"],
  mergedInto: ["merged_into", "nullableText"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

type Table = typeof neighbourhoods | typeof partnerships;
const MAX_HOPS = 32;

/** Follows `mergedInto` to the record that stands (a chain of merges included). */
function follow<T extends { id: string; mergedInto: string | null }>(db: ReadonlyDatabase, table: { get(db: ReadonlyDatabase, id: string): T | undefined }, start: T | undefined): T | undefined {
  let at = start;
  for (let hops = 0; at?.mergedInto && hops < MAX_HOPS; hops++) at = table.get(db, at.mergedInto) ?? at;
  return at;
}

export const standingNeighbourhood = (db: ReadonlyDatabase, id: string) => follow(db, neighbourhoods, neighbourhoods.get(db, id));
export const standingPartnership = (db: ReadonlyDatabase, id: string) => follow(db, partnerships, partnerships.get(db, id));

function byName(db: ReadonlyDatabase, table: "neighbourhood" | "partnership", name: string): Record<string, unknown> | undefined {
  if (name === "") return undefined;
  return db.prepare(`SELECT * FROM ${table} WHERE name = ? COLLATE NOCASE`).get(name) as Record<string, unknown> | undefined;
}

/** The neighbourhood an event belongs to, by the name it carries (an old spelling leads to the record it was merged into). */
export function neighbourhoodOfEvent(db: ReadonlyDatabase, event: Pick<HearthEvent, "neighbourhood">): Neighbourhood | undefined {
  const row = byName(db, "neighbourhood", event.neighbourhood);
  return row ? follow(db, neighbourhoods, neighbourhoods.fromRow(row)) : undefined;
}

export function partnershipOfEvent(db: ReadonlyDatabase, event: Pick<HearthEvent, "partnership">): Partnership | undefined {
  const row = byName(db, "partnership", event.partnership);
  return row ? follow(db, partnerships, partnerships.fromRow(row)) : undefined;
}

/** Every record of a list, merged spellings too, oldest first. */
export const allRecords = <T extends Table>(db: ReadonlyDatabase, table: T, name: "neighbourhood" | "partnership") =>
  (db.prepare(`SELECT * FROM ${name} ORDER BY created_seq, name`).all() as Record<string, unknown>[]).map((r) => table.fromRow(r) as ReturnType<T["fromRow"]>);

/** The events of a neighbourhood, oldest first (by their own dates, then the room's sequence). */
export function eventsOfNeighbourhood(db: ReadonlyDatabase, id: string): HearthEvent[] {
  return listEvents(db)
    .filter((e) => neighbourhoodOfEvent(db, e)?.id === id)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdSeq - b.createdSeq));
}

/** Names an old spelling has been merged under: every record pointing (through merges) at this one. */
export function formerNames(db: ReadonlyDatabase, table: "neighbourhood" | "partnership", id: string): string[] {
  const repo = table === "neighbourhood" ? neighbourhoods : partnerships;
  return allRecords(db, repo, table)
    .filter((r) => r.id !== id && r.mergedInto !== null && follow(db, repo as typeof neighbourhoods, r as Neighbourhood)?.id === id)
    .map((r) => r.name);
}
