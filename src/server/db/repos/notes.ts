import type { Database } from "better-sqlite3";
import { Note } from "../../../core";
import { defineTable } from "./table";
import type { ReadonlyDatabase } from "../prepared";

/**
 * The writing device is stored beside the note (author_device, never sent to screens);
 * `author` is filled by the room from that device only when the event has attribution on.
 */
const table = defineTable(Note, "note", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  promptId: ["prompt_id", "nullableText"],
  themeId: ["theme_id", "nullableText"],
  text: ["text", "text"],
  table: ["table_label", "text"],
  lang: ["lang", "text"],
  source: ["source", "text"],
  author: ["author", "nullableText"],
  mergedInto: ["merged_into", "nullableText"],
  hidden: ["hidden", "bool"],
  deleted: ["deleted", "bool"],
  position: ["position", "real"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

const list = (db: ReadonlyDatabase, sql: string, ...params: unknown[]): Note[] =>
  (db.prepare(sql).all(...params) as Record<string, unknown>[]).map(table.fromRow);

export const notes = {
  insert: (db: Database, n: Note, authorDevice: string) => table.insert(db, n, { author_device: authorDevice }),
  update: (db: Database, n: Note) => table.update(db, n),
  get: (db: ReadonlyDatabase, id: string): Note | undefined => table.get(db, id),
  listByEvent: (db: ReadonlyDatabase, eventId: string): Note[] => table.listByEvent(db, eventId),
  /** The device that wrote a note: the only one that may touch it while it is private. */
  authorDevice: (db: ReadonlyDatabase, id: string): string | undefined =>
    (db.prepare(`SELECT author_device FROM note WHERE id = ?`).get(id) as { author_device: string } | undefined)?.author_device,
  /** Notes merged into `id` (its duplicates), oldest first. */
  listOriginals: (db: ReadonlyDatabase, id: string): Note[] => list(db, `SELECT * FROM note WHERE merged_into = ? ORDER BY created_seq`, id),
  /** Notes filed under a theme, merged ones included. */
  listByTheme: (db: ReadonlyDatabase, themeId: string): Note[] => list(db, `SELECT * FROM note WHERE theme_id = ? ORDER BY position`, themeId),
  /**
   * The notes on the board in one list: a theme's, or (null) the unsorted ones. "On the board"
   * is core's isOnBoard (src/core/board-view.ts), the one source of the rule; this is it in SQL.
   */
  listOnBoard: (db: ReadonlyDatabase, eventId: string, themeId: string | null): Note[] =>
    list(
      db,
      `SELECT * FROM note WHERE event_id = ? AND theme_id IS ? AND merged_into IS NULL AND deleted = 0 AND hidden = 0 ORDER BY position, created_seq`,
      eventId,
      themeId,
    ),
  listHidden: (db: ReadonlyDatabase, eventId: string): Note[] => list(db, `SELECT * FROM note WHERE event_id = ? AND hidden = 1 ORDER BY created_seq`, eventId),
};
