import type { Database } from "better-sqlite3";
import { migrations as all, type Migration } from "./migrations";

export class NewerDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `This data was saved by a newer version of Hearth (schema ${found}; this version knows up to ${known}). ` +
        `Update Hearth to open it. Nothing was changed.`,
    );
    this.name = "NewerDatabaseError";
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/** Runs every pending migration in one transaction: all of them apply, or none. */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = all,
  upTo = Infinity,
  /** Runs before the pending migrations, e.g. to take a backup; if it throws, nothing is migrated. */
  beforeMigrating?: (from: number, to: number) => void,
): number {
  const known = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const current = schemaVersion(db);
  if (current > known) throw new NewerDatabaseError(current, known);
  const pending = migrations.filter((m) => m.version > current && m.version <= upTo);
  if (pending.length === 0) return current;
  beforeMigrating?.(current, pending[pending.length - 1]!.version);
  db.transaction(() => {
    for (const m of pending) {
      if (typeof m.up === "string") db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return schemaVersion(db);
}
