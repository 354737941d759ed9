import type { EntityUpsert, Id } from "../../core";
import { RoomError } from "../room-error";
import type { ReadonlyDatabase } from "../db/prepared";

interface Repo<T> {
  get(db: ReadonlyDatabase, id: string): T | undefined;
  insert(db: ReadonlyDatabase, value: T): void;
}

/** A thread command's change: recorded in the neighbourhood's (or partnership's) own feed (a handler's outcome, room/handler.ts). */
export const threadOutcome = <T>(placeId: Id, value: T, upserts: readonly EntityUpsert[]) => ({ value, placeId, upserts });

/**
 * Adds a record under the id the client chose. The same record sent again (a lost
 * acknowledgement, another laptop replaying it) changes nothing; a different one under that
 * id is refused.
 */
export function insertOnce<T>(db: ReadonlyDatabase, repo: Repo<T>, value: T & { id: string }, sameAs: (before: T) => boolean, what: string): { value: T; fresh: boolean } {
  const before = repo.get(db, value.id);
  if (before !== undefined) {
    if (sameAs(before)) return { value: before, fresh: false };
    throw new RoomError("conflict", `A different ${what} already has that id.`);
  }
  repo.insert(db, value);
  return { value, fresh: true };
}

/** Compares the fields a client sent with what is stored. */
export const sameFields = <T extends object>(a: T, b: T, fields: readonly (keyof T)[]) => fields.every((f) => JSON.stringify(a[f]) === JSON.stringify(b[f]));

export function required<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new RoomError("not_found", message);
  return value;
}
