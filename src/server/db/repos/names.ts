import type { Database } from "better-sqlite3";
import type { ReadonlyDatabase } from "../prepared";

/** The two named lists events belong to. Table names are fixed here, never taken from input. */
export type NameList = "neighbourhood" | "partnership";

/** Adds a name the first time it is used; the same name in another case is the same name. */
export function rememberName(db: Database, list: NameList, name: string, seq: number): void {
  if (name === "") return;
  db.prepare(`INSERT OR IGNORE INTO ${list} (name, created_seq) VALUES (?, ?)`).run(name, seq);
}

/** Every name on a list, alphabetically (case-insensitive). */
export function listNames(db: ReadonlyDatabase, list: NameList): string[] {
  return (db.prepare(`SELECT name FROM ${list} ORDER BY name COLLATE NOCASE`).all() as { name: string }[]).map((r) => r.name);
}
