import type { Database } from "better-sqlite3";
import { z } from "zod";
import { EventId, ExportFormat, ExportStatus } from "../../../core";
import type { ReadonlyDatabase } from "../prepared";
import { ExportFileRow, failInterruptedExports, stepExportRow, type ExportFileFields } from "./export-rows";

export { FINAL_STATUSES } from "./export-rows";

/** An export as stored; the screen's view of it (ExportJob) adds how it is delivered. */
const ExportRow = ExportFileRow.extend({
  eventId: EventId,
  format: ExportFormat,
  withContacts: z.number().transform((n) => n === 1),
});
export type ExportRow = z.infer<typeof ExportRow>;

const columns = `id, event_id AS eventId, format, status, file_name AS fileName, path, sha256, bytes, pages, token, error, requested_at AS requestedAt, finished_at AS finishedAt, with_contacts AS withContacts`;
const parse = (raw: unknown): ExportRow => ExportRow.parse(raw);

export const reportExports = {
  insert(db: Database, row: Pick<ExportRow, "id" | "eventId" | "format" | "token" | "requestedAt"> & { withContacts?: boolean }): void {
    db.prepare(`INSERT INTO report_export (id, event_id, format, status, token, requested_at, with_contacts) VALUES (?, ?, ?, 'queued', ?, ?, ?)`).run(
      row.id,
      row.eventId,
      row.format,
      row.token,
      row.requestedAt,
      row.withContacts ? 1 : 0,
    );
  },
  get(db: ReadonlyDatabase, id: string): ExportRow | undefined {
    const raw: unknown = db.prepare(`SELECT ${columns} FROM report_export WHERE id = ?`).get(id);
    return raw === undefined ? undefined : parse(raw);
  },
  /** Moves a running export to its next step; never changes one that has finished. */
  step(db: Database, id: string, status: ExportStatus, fields: ExportFileFields = {}): void {
    stepExportRow(db, "report_export", id, status, fields);
  },
  /** Exports that were running when Hearth stopped: they cannot finish now, and say so. */
  failInterrupted: (db: Database): number => failInterruptedExports(db, "report_export"),
  /**
   * Forgets the exports that carry an event's residents' contacts (archives the organiser chose
   * to export with them): removes their rows and returns the paths of their files to delete.
   */
  takeWithContacts(db: Database, eventId: string): string[] {
    const paths = (db.prepare(`SELECT path FROM report_export WHERE event_id = ? AND with_contacts = 1 AND path != ''`).all(eventId) as { path: string }[]).map((r) => r.path);
    db.prepare(`DELETE FROM report_export WHERE event_id = ? AND with_contacts = 1`).run(eventId);
    return paths;
  },
  latestForEvent(db: ReadonlyDatabase, eventId: string): ExportRow[] {
    return (db.prepare(`SELECT ${columns} FROM report_export WHERE event_id = ? ORDER BY requested_at DESC LIMIT 20`).all(eventId) as unknown[]).map(parse);
  },
};
