import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3";
import { isolate, type EntityUpsert, type Neighbourhood, type Partnership } from "../../../core";
import { allRecords, neighbourhoodOfEvent, neighbourhoods, partnershipOfEvent, partnerships, standingNeighbourhood, standingPartnership } from "../../db/repos/places";
import { insertOnce, required, sameFields, threadOutcome } from "../../thread/records";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { listEvents } from "../../db/repos/events";
import { requireEvent } from "../../db/repos/events";

type Place = Neighbourhood | Partnership;
type Table = "neighbourhood" | "partnership";
const repoOf = { neighbourhood: neighbourhoods, partnership: partnerships } as const;
const kindWord = { neighbourhood: "neighbourhood", partnership: "partnership" } as const;

const holder = (db: Database, table: Table, name: string) =>
  db.prepare(`SELECT id, merged_into FROM ${table} WHERE name = ? COLLATE NOCASE`).get(name) as { id: string; merged_into: string | null } | undefined;

function standing(db: Database, table: Table, id: string): Place {
  const found = table === "neighbourhood" ? standingNeighbourhood(db, id) : standingPartnership(db, id);
  const place = required(found, `That ${kindWord[table]} does not exist.`);
  if (place.id !== id) throw new RoomError("conflict", `That ${kindWord[table]} was merged into ${isolate(place.name)}.`);
  return place;
}

function assertNameFree(db: Database, table: Table, name: string, self: string | null): void {
  const other = holder(db, table, name);
  if (other && other.id !== self && other.merged_into !== self) throw new RoomError("conflict", `A ${kindWord[table]} called ${isolate(name)} already exists.`);
}

/** Every event that belongs to the record (by any of its spellings) carries its name. */
function rewriteEvents(db: Database, table: Table, id: string, name: string, seq: number): void {
  const of = table === "neighbourhood" ? neighbourhoodOfEvent : partnershipOfEvent;
  const update = db.prepare(`UPDATE event SET ${table} = ?, updated_seq = ? WHERE id = ?`);
  for (const event of listEvents(db)) if (event[table] !== name && of(db, event)?.id === id) update.run(name, seq, event.id);
}

/**
 * Renames a record. The old spelling stays as a record merged into it, so events, archives and
 * reports that still carry it find the same place; events carrying the name are rewritten.
 */
function rename(db: Database, table: Table, before: Place, name: string, seq: number): EntityUpsert[] {
  if (before.name === name) return [];
  assertNameFree(db, table, name, before.id);
  const upserts: EntityUpsert[] = [];
  const alias = holder(db, table, name);
  if (alias && alias.id !== before.id) db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(alias.id); // back to a former spelling
  const after = { ...before, name, updatedSeq: seq };
  const oldName = before.name;
  db.prepare(`UPDATE ${table} SET name = ?, updated_seq = ? WHERE id = ?`).run(name, seq, before.id);
  if (oldName.toLowerCase() !== name.toLowerCase()) {
    const former = { id: randomUUID().replaceAll("-", ""), name: oldName, mergedInto: before.id, createdSeq: seq, updatedSeq: seq, ...(table === "neighbourhood" ? { partnershipId: null } : {}) };
    (repoOf[table] as typeof neighbourhoods).insert(db, former as Neighbourhood);
    upserts.push({ kind: table, value: former } as EntityUpsert);
  }
  rewriteEvents(db, table, before.id, name, seq);
  upserts.unshift({ kind: table, value: after } as EntityUpsert);
  return upserts;
}

/** Two spellings of one place: `from` points at `into` and everything of it moves across. */
function merge(db: Database, table: Table, id: string, intoId: string, seq: number): { into: Place; upserts: EntityUpsert[] } {
  if (id === intoId) throw new RoomError("invalid_input", `A ${kindWord[table]} cannot be merged into itself.`);
  const from = standing(db, table, id);
  const into = standing(db, table, intoId);
  db.prepare(`UPDATE ${table} SET merged_into = ?, updated_seq = ? WHERE id = ?`).run(into.id, seq, from.id);
  rewriteEvents(db, table, into.id, into.name, seq);
  const upserts: EntityUpsert[] = [{ kind: table, value: { ...from, mergedInto: into.id, updatedSeq: seq } } as EntityUpsert];
  if (table === "neighbourhood") {
    for (const t of ["priority", "win", "measure", "experiment"]) db.prepare(`UPDATE ${t} SET neighbourhood_id = ? WHERE neighbourhood_id = ?`).run(into.id, from.id);
  } else {
    for (const n of allRecords(db, neighbourhoods, "neighbourhood").filter((n) => n.partnershipId === from.id)) {
      const moved = { ...n, partnershipId: into.id, updatedSeq: seq };
      neighbourhoods.update(db, moved);
      upserts.push({ kind: "neighbourhood", value: moved });
    }
  }
  return { into, upserts };
}

function checkPartnership(db: Database, id: string | null): void {
  if (id !== null) standing(db, "partnership", id);
}

export const neighbourhoodHandlers: HandlersOf<
  | "neighbourhoods.directory"
  | "neighbourhoods.create"
  | "neighbourhoods.update"
  | "neighbourhoods.merge"
  | "neighbourhoods.ofEvent"
  | "partnerships.create"
  | "partnerships.update"
  | "partnerships.merge"
> = {
  "neighbourhoods.directory": (db) => ({
    neighbourhoods: allRecords(db, neighbourhoods, "neighbourhood"),
    partnerships: allRecords(db, partnerships, "partnership"),
  }),

  "neighbourhoods.create": ({ db, seq }, input) => {
    const existing = neighbourhoods.get(db, input.id);
    if (!existing) assertNameFree(db, "neighbourhood", input.name, null);
    checkPartnership(db, input.partnershipId);
    const made = insertOnce(db, neighbourhoods, { ...input, mergedInto: null, createdSeq: seq, updatedSeq: seq }, (b) => sameFields(b, { ...b, ...input }, ["name", "partnershipId"]), "neighbourhood");
    return threadOutcome(made.value.id, made.value, made.fresh ? [{ kind: "neighbourhood", value: made.value }] : []);
  },

  "neighbourhoods.update": ({ db, seq }, { id, name, partnershipId }) => {
    const before = standing(db, "neighbourhood", id) as Neighbourhood;
    const upserts = name === undefined ? [] : rename(db, "neighbourhood", before, name, seq);
    let after: Neighbourhood = { ...before, name: name ?? before.name, updatedSeq: upserts.length ? seq : before.updatedSeq };
    if (partnershipId !== undefined && partnershipId !== before.partnershipId) {
      checkPartnership(db, partnershipId);
      after = { ...after, partnershipId, updatedSeq: seq };
      neighbourhoods.update(db, after);
      upserts.splice(0, upserts[0]?.kind === "neighbourhood" && upserts[0].value.id === id ? 1 : 0, { kind: "neighbourhood", value: after });
    }
    return threadOutcome(id, after, upserts);
  },

  "neighbourhoods.merge": ({ db, seq }, { id, intoId }) => {
    const { into, upserts } = merge(db, "neighbourhood", id, intoId, seq);
    return threadOutcome(into.id, into as Neighbourhood, upserts);
  },

  "neighbourhoods.ofEvent": (db, { eventId }) => {
    const event = requireEvent(db, eventId);
    return { neighbourhood: neighbourhoodOfEvent(db, event) ?? null, partnership: partnershipOfEvent(db, event) ?? null };
  },

  "partnerships.create": ({ db, seq }, input) => {
    if (!partnerships.get(db, input.id)) assertNameFree(db, "partnership", input.name, null);
    const made = insertOnce(db, partnerships, { ...input, mergedInto: null, createdSeq: seq, updatedSeq: seq }, (b) => b.name === input.name, "partnership");
    return threadOutcome(made.value.id, made.value, made.fresh ? [{ kind: "partnership", value: made.value }] : []);
  },

  "partnerships.update": ({ db, seq }, { id, name }) => {
    const before = standing(db, "partnership", id) as Partnership;
    const upserts = rename(db, "partnership", before, name, seq);
    return threadOutcome(id, { ...before, name, updatedSeq: upserts.length ? seq : before.updatedSeq }, upserts);
  },

  "partnerships.merge": ({ db, seq }, { id, intoId }) => {
    const { into, upserts } = merge(db, "partnership", id, intoId, seq);
    return threadOutcome(into.id, into as Partnership, upserts);
  },
};
