import { copyFileSync, constants, existsSync, linkSync, mkdirSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";

export const QUARANTINE_DIR = "quarantine";

/** The three files of one SQLite database in WAL mode; all three move together or a stale WAL could be replayed onto the wrong file. */
export const databaseFiles = (path: string): readonly string[] => [path, `${path}-wal`, `${path}-shm`];

export interface QuarantinedFile {
  readonly name: string;
  readonly size: number;
  /** When it was moved aside, ISO 8601. */
  readonly at: string;
}

/** A file name stamp that sorts by time and is valid on every platform: 2026-11-22T07-15-03-120Z. */
export const fileStamp = (date: Date): string => date.toISOString().replace(/[:.]/g, "-");

/**
 * Moves a damaged database aside, all three files, into `quarantine/` under a timestamped
 * name. Nothing is deleted and nothing is overwritten: each file is hard-linked to its new
 * name (which fails if the name is taken, so a number is added) and only then unlinked.
 * Returns the new names.
 */
export function quarantineDatabase(dataDir: string, dbFile: string, now = new Date()): string[] {
  const dir = join(dataDir, QUARANTINE_DIR);
  mkdirSync(dir, { recursive: true });
  const base = dbFile.replace(/\.db$/, "");
  const moved: string[] = [];
  for (let attempt = 0; ; attempt++) {
    const stem = `${base}-${fileStamp(now)}${attempt ? `-${attempt}` : ""}`;
    const targets = databaseFiles(join(dataDir, dbFile)).map((from, i) => ({ from, to: join(dir, `${stem}.db${["", "-wal", "-shm"][i]}`) }));
    if (targets.some((t) => existsSync(t.to))) continue;
    for (const { from, to } of targets) {
      if (!existsSync(from)) continue;
      moveWithoutOverwrite(from, to);
      moved.push(to);
    }
    return moved;
  }
}

function moveWithoutOverwrite(from: string, to: string): void {
  try {
    linkSync(from, to); // fails with EEXIST rather than replacing
  } catch (err) {
    if (err instanceof Error && "code" in err && err.code === "EEXIST") throw err;
    copyFileSync(from, to, constants.COPYFILE_EXCL); // file systems without hard links
  }
  unlinkSync(from);
}

/** Files moved aside so far, newest first. */
export function listQuarantined(dataDir: string): QuarantinedFile[] {
  const dir = join(dataDir, QUARANTINE_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => {
      const st = statSync(join(dir, name));
      return { name, size: st.size, at: st.ctime.toISOString() };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}
