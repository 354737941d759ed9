import type { Database } from "better-sqlite3";

/** One schema step. Versions go in tens; a released migration is never edited, only followed. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL run as is, or a function for steps that need to move data. */
  readonly up: string | ((db: Database) => void);
}
