import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

export const LOCK_FILE = "hearth.lock";

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

export type LockResult = { held: true; lock: DataLock } | { held: false; owner: LockOwner };

export interface DataLock {
  readonly path: string;
  /** Records the address this copy serves at, for a second copy to point to. */
  setUrl(url: string): void;
  release(): void;
}

/** Whether a process with this pid is running (EPERM: it is, but belongs to someone else). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err instanceof Error && "code" in err && err.code === "EPERM";
  }
}

/**
 * One copy of Hearth owns a data folder: `hearth serve` and the desktop app both take this
 * lock before opening the database. The lock file is created exclusively (so two copies
 * starting at once cannot both win) and holds the owner's pid and address. A lock whose
 * process is gone (killed, crashed, power cut) is stale and taken over; an unreadable one too.
 */
export function acquireDataLock(dataDir: string, app: LockOwner["app"], isAlive: (pid: number) => boolean = processAlive): LockResult {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  let owner: LockOwner = { pid: process.pid, app, url: null, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      try {
        writeSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      const lock: DataLock = {
        path,
        setUrl(url) {
          owner = { ...owner, url };
          const temp = `${path}.${process.pid}.tmp`;
          const fd2 = openSync(temp, "w");
          try {
            writeSync(fd2, JSON.stringify(owner));
          } finally {
            closeSync(fd2);
          }
          renameSync(temp, path);
        },
        release() {
          if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
        },
      };
      return { held: true, lock };
    } catch (err) {
      if (!(err instanceof Error && "code" in err && err.code === "EEXIST")) throw err;
    }
    const current = readOwner(path);
    if (current && current.pid !== process.pid && isAlive(current.pid)) return { held: false, owner: current };
    rmSync(path, { force: true }); // stale: its process is gone
  }
  throw new Error(`Hearth could not take the lock ${path}; another copy may be starting. Try again.`);
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
export function describeOwner(owner: LockOwner, dataDir: string): string {
  if (owner.url) return `Hearth is already running at ${owner.url} (data: ${dataDir}). Open that address in a browser.`;
  if (owner.app === "electron") return `Hearth is already open in the Hearth app on this computer (data: ${dataDir}).`;
  return `Hearth is already starting on this data folder (process ${owner.pid}, data: ${dataDir}).`;
}
