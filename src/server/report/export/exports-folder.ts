import { existsSync } from "node:fs";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { EXPORT_FORMATS, type ExportFormat } from "../../../core";
import type { ExportDestination } from "../services";

export const EXPORTS_FOLDER = "exports";

/** A name not yet taken in `dir`: "name.pdf", then "name (2).pdf", "name (3).pdf"… */
export function freeName(dir: string, fileName: string, format: ExportFormat): string {
  const ext = `.${EXPORT_FORMATS[format].extension}`;
  const stem = fileName.endsWith(ext) ? fileName.slice(0, -ext.length) : fileName;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${stem}${ext}` : `${stem} (${n})${ext}`;
    if (!existsSync(join(dir, candidate))) return candidate;
  }
}

/**
 * Browser mode: exports are written into the data folder's "exports" folder (never over an
 * earlier one) and the page offers each as a download. Stray ".part" files left by a crash
 * are cleared when Hearth starts; an event's files go with the event (and with its notes).
 */
export function exportsFolderDestination(dataDir: string): ExportDestination {
  const dir = join(dataDir, EXPORTS_FOLDER);
  return {
    delivery: "download",
    async choose(suggestedName, format) {
      await mkdir(dir, { recursive: true });
      return join(dir, freeName(dir, suggestedName, format));
    },
    async discard(paths) {
      for (const path of paths) {
        if (dirname(resolve(path)) !== resolve(dir)) continue; // never a file outside the exports folder
        await rm(path, { force: true }).catch((err: unknown) => console.error(`hearth: could not delete the export ${path}`, err));
      }
    },
  };
}

export async function clearStrayParts(dataDir: string, olderThanMs = 60 * 60 * 1000): Promise<void> {
  const dir = join(dataDir, EXPORTS_FOLDER);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => n.startsWith(".") && n.endsWith(".part"))) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > olderThanMs) await rm(path, { force: true });
  }
}
