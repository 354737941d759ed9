import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `data` to `path` so that no half file is ever under that name: the bytes go to a
 * hidden temporary file in the same folder, are flushed to disk, then renamed over `path`
 * (a rename within one folder is atomic). A failure or a crash leaves at most the
 * temporary ".part" file, never a truncated report.
 */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.part`);
  const handle = await open(temp, "wx", 0o644);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
