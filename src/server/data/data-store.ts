import type { Database } from "better-sqlite3";
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { BackupInfo, DataStatus, QuarantineNotice } from "../../api";
import { BackupFailedError, BackupStore, checkFile, syncDir, type BackupReason } from "../db/backups";
import { DatabaseUnreadableError, DB_FILE, openDatabase, type OpenOptions } from "../db/open";
import { listQuarantined, quarantineDatabase } from "../db/quarantine";
import { highestSeq, raiseSeqFloor } from "../db/repos/changes";
import type { DataService } from "../room/handler";
import { RoomError } from "../room-error";
import type { Room } from "../room/room";
import { applyRetention } from "./retention";
import { applyContactRetention } from "./contact-retention";
import { forgetContactsInBackups } from "./contact-backups";

export interface DataStoreOptions {
  /** How often to look for changes and back them up; 0 turns the schedule off. Default 10 minutes. */
  readonly backupIntervalMs?: number;
  /** How often retention runs after the start; default daily. */
  readonly retentionIntervalMs?: number;
  readonly keepBackups?: number;
}

const TEN_MINUTES = 10 * 60_000;
const ONE_DAY = 24 * 60 * 60_000;

/**
 * The data folder: opens the database (moving a damaged one aside), takes backups on a
 * schedule, before migrations and on demand, restores one under the running room, and runs
 * retention. Backups and restores run one at a time.
 */
export class DataStore implements DataService {
  readonly backups: BackupStore;
  private room: Room | undefined;
  private lastBackupSeq = 0;
  private lastBackupError: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly openOptions: OpenOptions;

  private constructor(
    readonly dataDir: string,
    readonly notice: QuarantineNotice | null,
    backups: BackupStore,
    private readonly options: DataStoreOptions,
  ) {
    this.backups = backups;
    this.openOptions = { beforeMigrating: (db) => void this.backups.createSync(db, "before-migration") };
  }

  /**
   * Opens the folder's database. A file that is empty, not SQLite, truncated or damaged is
   * moved aside (all three files, into quarantine/) and Hearth starts on a new file; `notice`
   * then says what happened and which backup can be restored. A database from a newer
   * Hearth is refused as it is (it is not damaged).
   */
  static open(dataDir: string, options: DataStoreOptions = {}): { store: DataStore; db: Database } {
    const backups = new BackupStore(dataDir, options.keepBackups);
    backups.removeLeftovers();
    const store = (notice: QuarantineNotice | null) => new DataStore(dataDir, notice, backups, options);
    const first = store(null);
    try {
      return { store: first, db: openDatabase(dataDir, first.openOptions) };
    } catch (err) {
      if (!(err instanceof DatabaseUnreadableError)) throw err;
      const files = quarantineDatabase(dataDir, DB_FILE);
      const notice: QuarantineNotice = {
        reason: err.reason,
        files,
        at: new Date().toISOString(),
        newestGoodBackup: backups.newestGood() ?? null,
      };
      const s = store(notice);
      return { store: s, db: openDatabase(dataDir, s.openOptions) };
    }
  }

  /** Starts serving the room: the backup schedule and retention of notes and contacts (now, then daily). */
  attach(room: Room): void {
    this.room = room;
    room.provide({ data: this });
    this.lastBackupSeq = this.backups.list().length > 0 ? highestSeq(room.db) : 0;
    const retention = () => {
      applyRetention(room);
      applyContactRetention(room);
      // Contacts deleted here (or with their event) leave the backups too.
      void this.forgetDeletedContacts();
    };
    retention();
    const every = this.options.backupIntervalMs ?? TEN_MINUTES;
    if (every > 0) this.timers.push(setInterval(() => void this.backupIfChanged(), every).unref());
    this.timers.push(setInterval(retention, this.options.retentionIntervalMs ?? ONE_DAY).unref());
  }

  close(): void {
    for (const t of this.timers.splice(0)) clearInterval(t);
  }

  status(): DataStatus {
    const path = join(this.dataDir, DB_FILE);
    const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
    return {
      dataDir: this.dataDir,
      databaseSize: size(path) + size(`${path}-wal`),
      backups: this.backups.list(),
      quarantined: listQuarantined(this.dataDir),
      notice: this.notice,
      lastBackupError: this.lastBackupError,
    };
  }

  backup(reason: BackupReason = "manual"): Promise<BackupInfo> {
    return this.exclusive(() => this.backupNow(reason));
  }

  /**
   * Replaces the data with a backup. The backup is checked first; the current data is backed
   * up itself (`savedAs`), so a restore can be undone by restoring that. The swap is
   * synchronous (no command can run in the middle): the current file is checkpointed and
   * closed, the backup copied in under a temporary name and renamed over it, reopened
   * (migrated if it is older), its sequence floor raised above every number handed out,
   * and the room told to reload every screen (Room.replaceDatabase).
   */
  restore(name: string): Promise<{ restored: BackupInfo; savedAs: BackupInfo }> {
    return this.exclusive(async () => {
      const room = this.attached();
      const path = this.backups.pathOf(name);
      const restored = this.backups.list().find((b) => b.name === name);
      if (!path || !restored) throw new RoomError("not_found", "There is no backup with that name; nothing was changed.");
      const check = checkFile(path, true);
      if (check !== "ok") throw new RoomError("unavailable", `That backup is damaged (${check}); nothing was changed.`);
      const savedAs = await this.backupNow("before-restore");
      const savedPath = join(this.backups.dir, savedAs.name);
      const high = highestSeq(room.db);
      room.db.pragma("wal_checkpoint(TRUNCATE)");
      room.db.close();
      let next: Database;
      try {
        next = this.replaceFileWith(path);
      } catch (err) {
        // Put back what was there (the copy taken a moment ago), so the room keeps running.
        room.replaceDatabase(this.replaceFileWith(savedPath));
        throw new RoomError("unavailable", `The backup could not be restored (${describe(err)}); your data was put back as it was.`);
      }
      raiseSeqFloor(next, high);
      room.replaceDatabase(next);
      this.lastBackupSeq = highestSeq(next);
      return { restored, savedAs };
    });
  }

  private replaceFileWith(source: string): Database {
    const path = join(this.dataDir, DB_FILE);
    const temp = `${path}.restoring`;
    copyFileSync(source, temp);
    const fd = openSync(temp, "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The old WAL belongs to the old file: left beside the new one it would be replayed onto it.
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    renameSync(temp, path);
    syncDir(this.dataDir);
    return openDatabase(this.dataDir, this.openOptions);
  }

  /**
   * Takes the residents' contacts the database no longer holds out of every backup; runs with
   * backups and restores, never beside one. Returns how many backups were changed.
   */
  forgetDeletedContacts(): Promise<number> {
    return this.exclusive(async () => {
      const room = this.room;
      if (!room || !room.db.open) return 0;
      try {
        return forgetContactsInBackups(room.db, this.backups);
      } catch (err) {
        console.error("hearth: deleted contacts could not be taken out of the backups", err);
        return 0;
      }
    });
  }

  /** The scheduled backup: taken only when something changed since the last one. */
  async backupIfChanged(): Promise<BackupInfo | undefined> {
    const room = this.room;
    if (!room || !room.db.open || highestSeq(room.db) === this.lastBackupSeq) return undefined;
    try {
      const info = await this.backup("scheduled");
      this.lastBackupError = null;
      return info;
    } catch (err) {
      this.lastBackupError = describe(err);
      return undefined;
    }
  }

  private async backupNow(reason: BackupReason): Promise<BackupInfo> {
    const db = this.attached().db;
    const seq = highestSeq(db);
    try {
      const info = await this.backups.create(db, reason);
      this.lastBackupSeq = seq;
      return info;
    } catch (err) {
      if (err instanceof BackupFailedError) throw new RoomError("unavailable", err.message);
      throw err;
    }
  }

  private attached(): Room {
    if (!this.room) throw new RoomError("unavailable", "The data folder is not open yet.");
    return this.room;
  }

  /** Runs backups and restores one after another, never two at once. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err));
