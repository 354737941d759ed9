import type { Database } from "better-sqlite3";
import { z } from "zod";
import { ExportStatus } from "../../../core";

/** What every export's row holds about its file, whatever it was made from (an event, a neighbourhood). */
export const ExportFileRow = z.object({
  id: z.string(),
  status: ExportStatus,
  fileName: z.string(),
  path: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  pages: z.number().nullable(),
  token: z.string(),
  error: z.string(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExportFileFields = Partial<Pick<z.infer<typeof ExportFileRow>, "fileName" | "path" | "sha256" | "bytes" | "pages" | "error">>;

export const FINAL_STATUSES: ReadonlySet<ExportStatus> = new Set(["done", "failed", "cancelled"]);

type ExportTable = "report_export" | "thread_export";

/** Moves a running export to its next step; never changes one that has finished. */
export function stepExportRow(db: Database, table: ExportTable, id: string, status: ExportStatus, fields: ExportFileFields = {}): void {
  const finished = FINAL_STATUSES.has(status) ? new Date().toISOString() : null;
  db.prepare(
    `UPDATE ${table} SET status = @status, file_name = COALESCE(@fileName, file_name), path = COALESCE(@path, path),
       sha256 = COALESCE(@sha256, sha256), bytes = COALESCE(@bytes, bytes), pages = COALESCE(@pages, pages),
       error = COALESCE(@error, error), finished_at = COALESCE(@finished, finished_at)
     WHERE id = @id AND status NOT IN ('done', 'failed', 'cancelled')`,
  ).run({
    id,
    status,
    fileName: fields.fileName ?? null,
    path: fields.path ?? null,
    sha256: fields.sha256 ?? null,
    bytes: fields.bytes ?? null,
    pages: fields.pages ?? null,
    error: fields.error ?? null,
    finished,
  });
}

/** Exports that were running when Hearth stopped: they cannot finish now, and say so. */
export function failInterruptedExports(db: Database, table: ExportTable): number {
  return db
    .prepare(
      `UPDATE ${table} SET status = 'failed', error = 'Hearth stopped before this export finished; nothing was written under its name. Export again.', finished_at = ?
       WHERE status NOT IN ('done', 'failed', 'cancelled')`,
    )
    .run(new Date().toISOString()).changes;
}
