import Database from "better-sqlite3";
import { closeSync, fsyncSync, openSync } from "node:fs";
import type { Database as Db } from "better-sqlite3";
import type { BackupStore } from "../db/backups";

/**
 * Takes out of every backup the residents' contacts the live database no longer holds
 * (deleted on their schedule, at a resident's request, or with their event), so a deleted
 * contact is deleted everywhere Hearth keeps a copy. Each changed backup is rewritten with
 * secure_delete and VACUUM (no page keeps the old bytes), checked and synced. Everything
 * else in a backup stays as it was. Returns how many backups were changed.
 */
export function forgetContactsInBackups(live: Db, backups: BackupStore): number {
  const kept = new Set((live.prepare(`SELECT id FROM resident_contact`).all() as { id: string }[]).map((r) => r.id));
  let changed = 0;
  for (const backup of backups.list()) {
    const path = backups.pathOf(backup.name);
    if (path && scrub(path, kept)) changed++;
  }
  return changed;
}

function scrub(path: string, kept: ReadonlySet<string>): boolean {
  const db = new Database(path, { fileMustExist: true });
  try {
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'resident_contact'`).get();
    if (!hasTable) return false;
    const gone = (db.prepare(`SELECT id FROM resident_contact`).all() as { id: string }[]).map((r) => r.id).filter((id) => !kept.has(id));
    if (gone.length === 0) return false;
    db.pragma("secure_delete = ON");
    const remove = db.prepare(`DELETE FROM resident_contact WHERE id = ?`);
    db.transaction(() => gone.forEach((id) => remove.run(id)))();
    db.exec("VACUUM");
    const ok = (db.pragma("integrity_check") as { integrity_check: string }[]).every((r) => r.integrity_check === "ok");
    if (!ok) console.error(`hearth: the backup ${path} failed its check after its deleted contacts were taken out`);
  } finally {
    db.close();
  }
  const fd = openSync(path, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}
