import Database from "better-sqlite3";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkFile } from "../../src/server/db/backups";
import type { Ledger, LedgerKind } from "./ledger";

/** One kind's ledgers with the check that knows them: notes, or votes. */
export interface LedgerSet<L extends Ledger = Ledger> {
  readonly kind: LedgerKind<L>;
  readonly ledgers: readonly L[];
}

/**
 * After a run, with the server stopped: the database passes integrity_check, every ledger
 * agrees with it, every backup passes integrity_check, nothing was quarantined (no start
 * found the file damaged), and no half-written backup sits under a final name.
 */
export function verifyDataFolder(dataDir: string, sets: readonly LedgerSet[]): string[] {
  const problems: string[] = [];
  const dbPath = join(dataDir, "hearth.db");
  const integrity = checkFile(dbPath, true);
  if (integrity !== "ok") problems.push(`integrity_check on the database: ${integrity}`);
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    for (const set of sets) problems.push(...set.kind.check(db, set.ledgers as never));
  } finally {
    db.close();
  }
  const backups = join(dataDir, "backups");
  if (existsSync(backups)) {
    for (const name of readdirSync(backups)) {
      if (name.startsWith(".tmp-")) continue; // removed at the next start; never a final name
      const check = checkFile(join(backups, name), true);
      if (check !== "ok") problems.push(`integrity_check on backup ${name}: ${check}`);
    }
  }
  if (existsSync(join(dataDir, "quarantine"))) problems.push(`a start found the database damaged: ${readdirSync(join(dataDir, "quarantine")).join(", ")}`);
  return problems;
}

export const backupCount = (dataDir: string) =>
  existsSync(join(dataDir, "backups")) ? readdirSync(join(dataDir, "backups")).filter((n) => n.endsWith(".db") && !n.startsWith(".tmp-")).length : 0;
