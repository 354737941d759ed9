import type { Database } from "better-sqlite3";
import type { z } from "zod";
import { prepared, type ReadonlyDatabase } from "../prepared";

type Codec = "text" | "int" | "real" | "bool" | "json" | "nullableText" | "nullableInt";

/**
 * Maps one entity schema to one STRICT table: field → column and how it is stored. Rows are
 * parsed by the schema on the way out, so a row that does not fit is a bug we hear about.
 * Statements are prepared with named parameters: user text never becomes SQL.
 */
export function defineTable<S extends z.ZodObject>(
  schema: S,
  table: string,
  columns: { readonly [F in keyof z.infer<S>]: readonly [column: string, codec: Codec] },
) {
  type T = z.infer<S>;
  const fields = Object.keys(columns) as (keyof T & string)[];
  const col = (f: keyof T & string) => columns[f][0];
  const toRow = (value: T): Record<string, unknown> => {
    const row: Record<string, unknown> = {};
    for (const f of fields) {
      const v = value[f];
      const codec = columns[f][1];
      row[f] = codec === "bool" ? (v ? 1 : 0) : codec === "json" ? (v === null ? null : JSON.stringify(v)) : v;
    }
    return row;
  };
  const fromRow = (row: Record<string, unknown>): T => {
    const value: Record<string, unknown> = {};
    for (const f of fields) {
      const v = row[col(f)];
      const codec = columns[f][1];
      value[f] = codec === "bool" ? v === 1 : codec === "json" ? (v === null ? null : JSON.parse(String(v))) : v;
    }
    return schema.parse(value) as T;
  };
  const insertSql = (extra: readonly string[]) =>
    `INSERT INTO ${table} (${[...fields.map(col), ...extra].join(", ")}) VALUES (${[...fields, ...extra].map((f) => `@${f}`).join(", ")})`;
  const updateSql = (extra: readonly string[]) =>
    `UPDATE ${table} SET ${[...fields.filter((f) => f !== "id").map((f) => `${col(f)} = @${f}`), ...extra.map((c) => `${c} = @${c}`)].join(", ")} WHERE id = @id`;
  return {
    fromRow,
    /** Inserts a row; `extra` fills columns the schema does not carry (e.g. who wrote a note). */
    insert: (db: Database, value: T, extra: Record<string, string | number | null> = {}) =>
      void prepared(db, insertSql(Object.keys(extra))).run({ ...toRow(value), ...extra }),
    /** Writes every field of an existing row, and any `extra` columns. */
    update: (db: Database, value: T, extra: Record<string, string | number | null> = {}) =>
      void prepared(db, updateSql(Object.keys(extra))).run({ ...toRow(value), ...extra }),
    get: (db: ReadonlyDatabase, id: string): T | undefined => {
      const row = prepared(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
      return row && fromRow(row);
    },
    /** Every row of one event, in `orderBy` order. */
    listByEvent: (db: ReadonlyDatabase, eventId: string, orderBy = "created_seq"): T[] =>
      (prepared(db, `SELECT * FROM ${table} WHERE event_id = ? ORDER BY ${orderBy}`).all(eventId) as Record<string, unknown>[]).map(fromRow),
  };
}
