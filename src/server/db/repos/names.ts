import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3";
import type { ReadonlyDatabase } from "../prepared";

/** The two named lists events belong to. Table names are fixed here, never taken from input. */
export type NameList = "neighbourhood" | "partnership";

/**
 * Adds a name the first time it is used, as a record with an id of its own; the same name in
 * another case is the same name, and so is a spelling merged into another (db/repos/places.ts).
 */
export function rememberName(db: Database, list: NameList, name: string, seq: number): void {
  if (name === "") return;
  db.prepare(`INSERT OR IGNORE INTO ${list} (id, name, created_seq, updated_seq) VALUES (?, ?, ?, ?)`).run(randomUUID().replaceAll("-", ""), name, seq, seq);
}

/** Every name on a list but spellings merged into another, alphabetically (case-insensitive). */
export function listNames(db: ReadonlyDatabase, list: NameList): string[] {
  return (db.prepare(`SELECT name FROM ${list} WHERE merged_into IS NULL ORDER BY name COLLATE NOCASE`).all() as { name: string }[]).map((r) => r.name);
}
