import Database from "better-sqlite3";
import { accessSync, constants, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { folderProblem } from "./data-folder-problem";

export const LOCK_FILE = "hearth.lock";
/**
 * The lock itself: a small SQLite file that the owner keeps under an exclusive lock of the
 * operating system for as long as it runs. The system lets go when the process ends, however
 * it ends, so a stale lock is never mistaken for a live one (nor a reused process id for Hearth),
 * and deleting `hearth.lock` under a running copy does not free the folder.
 */
export const OWNER_FILE = "hearth.owner";
const GUARD_MS = 2000;

/** Who holds the data folder: written into the lock file by the copy of Hearth that owns it. */
export const LockOwner = z.object({
  pid: z.number().int().positive(),
  /** "serve" (browser mode) or "electron" (the desktop app). */
  app: z.enum(["serve", "electron"]),
  /** Where the owner serves browsers, once it does; null before (or in an app without a LAN server). */
  url: z.string().nullable(),
  startedAt: z.string(),
});
export type LockOwner = z.infer<typeof LockOwner>;

/** Not held: another copy owns the folder (`owner` is what its `hearth.lock` says, null when that cannot be read). */
export type LockResult = { held: true; lock: DataLock } | { held: false; owner: LockOwner | null };

export interface DataLock {
  readonly path: string;
  /** Records the address this copy serves at, for a second copy to point to. */
  setUrl(url: string): void;
  release(): void;
}

/** Hearth cannot use the data folder at all (read-only, not a folder…): said in words, nothing changed. */
export class DataFolderError extends Error {
  override name = "DataFolderError";
}

/** The exclusive lock on the owner file, or null when another live copy holds it. */
function holdOwnerFile(dataDir: string): Database.Database | null {
  const db = new Database(join(dataDir, OWNER_FILE), { timeout: 0 });
  try {
    db.pragma("journal_mode = DELETE");
    db.exec("BEGIN EXCLUSIVE");
    return db;
  } catch (err) {
    db.close();
    if (err instanceof Error && "code" in err && (err.code === "SQLITE_BUSY" || err.code === "SQLITE_LOCKED")) return null;
    throw err;
  }
}

/**
 * One copy of Hearth owns a data folder: `hearth serve` and the desktop app both take this
 * lock before opening the database. The owner holds an operating-system lock on
 * `hearth.owner` (two copies starting at once cannot both win; one that died lets go) and
 * writes its pid and address into `hearth.lock` for a second copy to read, writing it again
 * if it is deleted. A folder Hearth cannot write to is refused in words.
 */
export function acquireDataLock(dataDir: string, app: LockOwner["app"]): LockResult {
  let ownerDb: Database.Database | null;
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
    ownerDb = holdOwnerFile(dataDir);
  } catch (err) {
    throw new DataFolderError(folderProblem(dataDir, err));
  }
  const path = join(dataDir, LOCK_FILE);
  if (!ownerDb) return { held: false, owner: readOwner(path) ?? null };
  const held = ownerDb;
  let owner: LockOwner = { pid: process.pid, app, url: null, startedAt: new Date().toISOString() };
  const write = () => {
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(owner));
    renameSync(temp, path);
  };
  write();
  // Deleted or overwritten under the running copy: written again, so a second copy still learns where this one runs.
  const guard = setInterval(() => {
    const now = readOwner(path);
    if (now?.pid === owner.pid && now.url === owner.url) return;
    try {
      write();
    } catch {
      // The folder became unwritable; the room reports that on its next write.
    }
  }, GUARD_MS).unref();
  const lock: DataLock = {
    path,
    setUrl(url) {
      owner = { ...owner, url };
      write();
    },
    release() {
      clearInterval(guard);
      if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
      if (held.open) held.close(); // the operating system's lock goes with it
    },
  };
  return { held: true, lock };
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const parsed = LockOwner.safeParse(JSON.parse(readFileSync(path, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What a second copy says about the first, in plain words. */
export function describeOwner(owner: LockOwner | null, dataDir: string): string {
  if (owner?.url) return `Hearth is already running at ${owner.url} (data: ${dataDir}). Open that address in a browser.`;
  if (owner?.app === "electron") return `Hearth is already open in the Hearth app on this computer (data: ${dataDir}).`;
  return `Hearth is already starting on this data folder (${owner ? `process ${owner.pid}, ` : ""}data: ${dataDir}). Try again in a moment.`;
}
