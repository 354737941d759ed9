import Database from "better-sqlite3";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { fileStamp } from "./quarantine";

export const BACKUP_DIR = "backups";
/** How many backups are kept; older ones are deleted after each new one is verified. */
export const BACKUPS_KEPT = 20;

export const BackupReasons = ["scheduled", "manual", "before-migration", "before-restore"] as const;
export type BackupReason = (typeof BackupReasons)[number];

export interface BackupInfo {
  readonly name: string;
  /** When it was taken, ISO 8601 (from its name, so copying the folder keeps it). */
  readonly at: string;
  readonly size: number;
  readonly reason: BackupReason;
}

export class BackupFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFailedError";
  }
}

const NAME = /^hearth-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-\d+)?-(scheduled|manual|before-migration|before-restore)\.db$/;
const TEMP_PREFIX = ".tmp-";

/** `2026-11-22T07-15-03-120Z` back to an ISO time. */
const stampToIso = (stamp: string) => stamp.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, "T$1:$2:$3.$4Z");

/**
 * The data folder's backups: each written under a temporary name, checked with
 * `integrity_check`, made a self-contained file (journal_mode=DELETE), synced, and only
 * then renamed to its final name. A backup that fails its check is deleted and reported.
 * A backup interrupted by a crash leaves only a temporary file, removed on the next start.
 */
export class BackupStore {
  readonly dir: string;
  private seq = 0;

  constructor(dataDir: string, private readonly keep = BACKUPS_KEPT) {
    this.dir = join(dataDir, BACKUP_DIR);
  }

  list(): BackupInfo[] {
    if (!existsSync(this.dir)) return [];
    const out: BackupInfo[] = [];
    for (const name of readdirSync(this.dir)) {
      const m = NAME.exec(name);
      if (!m) continue;
      out.push({ name, at: stampToIso(m[1]!), size: statSync(join(this.dir, name)).size, reason: m[2] as BackupReason });
    }
    return out.sort((a, b) => (a.at === b.at ? b.name.localeCompare(a.name) : b.at.localeCompare(a.at)));
  }

  /** The path of a listed backup; undefined for any other name (so a name from outside cannot reach another file). */
  pathOf(name: string): string | undefined {
    return NAME.test(name) && existsSync(join(this.dir, name)) ? join(this.dir, name) : undefined;
  }

  /** An online backup with SQLite's backup API: the room keeps serving while pages are copied. */
  async create(db: Database.Database, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
    const temp = this.tempPath(now);
    try {
      await db.backup(temp);
    } catch (err) {
      rmSync(temp, { force: true });
      throw new BackupFailedError(`The backup could not be written (${describe(err)}); nothing was kept.`);
    }
    return this.finish(temp, reason, now);
  }

  /** The same, synchronously (better-sqlite3's serialize): for the moment before a migration, when nothing else runs yet. */
  createSync(db: Database.Database, reason: BackupReason, now = new Date()): BackupInfo {
    const temp = this.tempPath(now);
    try {
      const fd = openSync(temp, "wx");
      try {
        const image = db.serialize();
        writeSync(fd, image, 0, image.length, 0);
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      rmSync(temp, { force: true });
      throw new BackupFailedError(`The backup could not be written (${describe(err)}); nothing was kept.`);
    }
    return this.finish(temp, reason, now);
  }

  /** The newest backup that passes `integrity_check`, if any. */
  newestGood(): BackupInfo | undefined {
    return this.list().find((b) => checkFile(join(this.dir, b.name), true) === "ok");
  }

  /** Removes temporary files a crash left mid-backup (never a finished backup). */
  removeLeftovers(): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) if (name.startsWith(TEMP_PREFIX)) rmSync(join(this.dir, name), { force: true });
  }

  private tempPath(now: Date): string {
    mkdirSync(this.dir, { recursive: true });
    return join(this.dir, `${TEMP_PREFIX}${fileStamp(now)}-${process.pid}-${++this.seq}.db`);
  }

  private finish(temp: string, reason: BackupReason, now: Date): BackupInfo {
    const problem = checkFile(temp, false);
    if (problem !== "ok") {
      for (const f of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) rmSync(f, { force: true });
      throw new BackupFailedError(`The backup failed its integrity check (${problem}) and was discarded.`);
    }
    syncFile(temp);
    let name = `hearth-${fileStamp(now)}-${reason}.db`;
    for (let n = 1; existsSync(join(this.dir, name)); n++) name = `hearth-${fileStamp(now)}-${n}-${reason}.db`;
    renameSync(temp, join(this.dir, name));
    syncDir(this.dir);
    this.prune();
    const info = this.list().find((b) => b.name === name);
    if (!info) throw new BackupFailedError("The backup vanished after it was written.");
    return info;
  }

  private prune(): void {
    for (const old of this.list().slice(this.keep)) rmSync(join(this.dir, old.name), { force: true });
  }
}

/**
 * `integrity_check` on a database file: "ok" or what is wrong. A fresh backup is first made
 * self-contained (journal_mode=DELETE, so it needs no -wal beside it); a listed one is only read.
 */
export function checkFile(path: string, readonly: boolean): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly, fileMustExist: true });
    if (!readonly) db.pragma("journal_mode = DELETE");
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== "ok");
    return problems.length ? problems.slice(0, 3).join("; ") : "ok";
  } catch (err) {
    return describe(err);
  } finally {
    db?.close();
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable where the platform allows syncing a folder (not on Windows). */
export function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for syncing; NTFS journals the rename itself.
  }
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));
