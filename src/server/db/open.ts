import Database from "better-sqlite3";
import { closeSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { migrate } from "./migrate";

export const DB_FILE = "hearth.db";

export class DatabaseUnreadableError extends Error {
  constructor(
    readonly path: string,
    /** What is wrong, in words: "it is empty", "it is damaged", … */
    readonly reason: string,
  ) {
    super(`Hearth cannot read its data file ${path}: ${reason}. The file was left untouched.`);
    this.name = "DatabaseUnreadableError";
  }
}

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/**
 * `quick_check` through a read-only connection: closing a read-write connection would
 * checkpoint the WAL into a damaged file, and a damaged file must be kept as it was found.
 */
function quickCheck(path: string): void {
  let probe: Database.Database | undefined;
  let check: unknown;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    check = probe.pragma("quick_check", { simple: true });
  } catch (err) {
    const code = err instanceof Error && "code" in err ? String(err.code) : "";
    if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT")) throw new DatabaseUnreadableError(path, "it is damaged");
    throw err;
  } finally {
    probe?.close();
  }
  if (check !== "ok") throw new DatabaseUnreadableError(path, `it is damaged (${String(check).replace(/\s+/g, " ").slice(0, 120)})`);
}

/** Refuses, without writing to it, a file that is there but is not a SQLite database. False when there is no file yet. */
function checkHeader(path: string): boolean {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return false; // no file yet: a new database
  }
  if (size === 0) throw new DatabaseUnreadableError(path, "it is empty");
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    if (read < 16 || !head.equals(SQLITE_HEADER)) throw new DatabaseUnreadableError(path, "it is not a Hearth database");
  } finally {
    closeSync(fd);
  }
  return true;
}

/** How the database is opened: what to do just before migrating an older file. */
export interface OpenOptions {
  /** Called before pending migrations run (not for a new, empty file): the place for a backup. */
  readonly beforeMigrating?: (db: Database.Database, from: number, to: number) => void;
}

/**
 * Opens (or creates) the room's database in `dataDir`. WAL with synchronous=FULL: a commit
 * that returned survives a power cut, so a command is acknowledged only after its commit.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DB_FILE);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(
      `Hearth's data file ${path} is a folder, not a file, so Hearth cannot open it; it was left as it is. Move or rename that folder, or start Hearth with --data (or HEARTH_DATA) set to another folder.`,
    );
  }
  if (checkHeader(path)) quickCheck(path);
  const db = new Database(path);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 2000");
    // Deleted content is overwritten with zeros, not left in free pages (privacy: deleting an event).
    db.pragma("secure_delete = ON");
    migrate(db, undefined, undefined, (from, to) => {
      if (from > 0) options.beforeMigrating?.(db, from, to);
    });
    return db;
  } catch (err) {
    db.close();
    const code = err instanceof Error && "code" in err ? String(err.code) : "";
    if (code.startsWith("SQLITE_NOTADB") || code.startsWith("SQLITE_CORRUPT"))
      throw new DatabaseUnreadableError(path, "it is damaged");
    throw err;
  }
}
