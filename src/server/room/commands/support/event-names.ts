import type { Database } from "better-sqlite3";
import type { HearthEvent } from "../../../../core";
import { rememberName } from "../../../db/repos/names";

/** Keeps the neighbourhood and partnership lists up to date with the names events use. */
export function rememberEventNames(db: Database, event: HearthEvent, seq: number): void {
  rememberName(db, "neighbourhood", event.neighbourhood, seq);
  rememberName(db, "partnership", event.partnership, seq);
}
