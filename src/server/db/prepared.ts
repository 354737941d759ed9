import type { Database, Statement } from "better-sqlite3";

/** A statement a query may run: it reads rows and has no run(), so it cannot write. */
export type ReadStatement = Pick<Statement, "get" | "all" | "iterate">;

/**
 * The database as a query handler gets it: it prepares statements that read, and nothing
 * else (no run, exec or transaction), so a query that tries to write does not compile.
 * Every read in the repositories takes this type; writes take the full Database.
 */
export interface ReadonlyDatabase {
  prepare(sql: string): ReadStatement;
}

const cache = new WeakMap<Database, Map<string, Statement>>();

/**
 * A statement compiled once per database and reused. Compiling SQL costs more than running
 * the small statements a command makes, and a busy room runs hundreds of commands a second.
 */
export function prepared(db: Database, sql: string): Statement;
export function prepared(db: ReadonlyDatabase, sql: string): ReadStatement;
export function prepared(db: ReadonlyDatabase, sql: string): ReadStatement {
  // A ReadonlyDatabase is the room's one connection seen through a narrower type.
  const conn = db as Database;
  let statements = cache.get(conn);
  if (!statements) cache.set(conn, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
  return statement;
}

