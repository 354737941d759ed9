import type { Database } from "better-sqlite3";
import type { ThreadUpsert } from "../../core";
import { neighbourhoods, partnerships } from "../db/repos/places";
import { experiments, measures, progressLines, readings, wins } from "../db/repos/evidence";
import { actionLinks, priorities, statusEntries, themeLinks } from "../db/repos/priorities";

/** A record this laptop cannot take as it is (a name held here by another record): kept aside, not applied. */
export class RecordRefused extends Error {}

interface Repo<T> {
  get(db: Database, id: string): T | undefined;
  insert(db: Database, value: T): void;
  update(db: Database, value: T): void;
}

function put<T extends { id: string }>(db: Database, repo: Repo<T>, value: T): void {
  if (repo.get(db, value.id)) repo.update(db, value);
  else repo.insert(db, value);
}

function placeNameFree(db: Database, table: "neighbourhood" | "partnership", id: string, name: string): void {
  const holder = db.prepare(`SELECT id FROM ${table} WHERE name = ? COLLATE NOCASE`).get(name) as { id: string } | undefined;
  if (holder && holder.id !== id) throw new RecordRefused(`a ${table} called "${name}" is already here under another id (merge them on one laptop)`);
}

const neighbourhoodOf = (db: Database, sql: string, id: string | null): string | null =>
  id === null ? null : ((db.prepare(sql).get(id) as { n: string } | undefined)?.n ?? null);

/** The neighbourhood whose change feed records the change (a screen following it hears of it). */
export function streamOf(db: Database, r: ThreadUpsert): string {
  const v = r.value;
  const byPriority = (id: string | null) => neighbourhoodOf(db, `SELECT neighbourhood_id AS n FROM priority WHERE id = ?`, id);
  switch (r.kind) {
    case "neighbourhood":
    case "partnership":
      return r.value.id;
    case "priority":
    case "win":
    case "measure":
    case "experiment":
      return r.value.neighbourhoodId;
    case "priorityStatus":
      return byPriority(r.value.priorityId) ?? v.id;
    case "themeLink":
    case "actionLink":
      return byPriority(r.value.priorityId) ?? v.id;
    case "reading":
      return neighbourhoodOf(db, `SELECT neighbourhood_id AS n FROM measure WHERE id = ?`, r.value.measureId) ?? v.id;
    case "progress":
      return byPriority(neighbourhoodOf(db, `SELECT priority_id AS n FROM action_priority WHERE action_id = ?`, r.value.actionId)) ?? v.id;
  }
}

/**
 * Writes one record from the hub into this laptop's store, in the caller's transaction, as
 * the record is (the same record twice: the same row). A fact whose parent is not here yet
 * fails on its foreign key, and the caller tries it again later.
 */
export function applyRecord(db: Database, r: ThreadUpsert): void {
  switch (r.kind) {
    case "partnership":
      placeNameFree(db, "partnership", r.value.id, r.value.name);
      return put(db, partnerships, r.value);
    case "neighbourhood":
      placeNameFree(db, "neighbourhood", r.value.id, r.value.name);
      return put(db, neighbourhoods, r.value);
    case "priority":
      return priorities.get(db, r.value.id) ? priorities.replace(db, r.value) : priorities.insert(db, r.value);
    case "priorityStatus":
      return put(db, statusEntries, r.value);
    case "themeLink":
      return put(db, themeLinks, r.value);
    case "actionLink":
      return put(db, actionLinks, r.value);
    case "progress":
      return put(db, progressLines, r.value);
    case "win":
      return put(db, wins, r.value);
    case "measure":
      return put(db, measures, r.value);
    case "reading":
      return put(db, readings, r.value);
    case "experiment":
      return put(db, experiments, r.value);
  }
}
