import type { Database } from "better-sqlite3";
import { z } from "zod";
import { ExportStatus, RedactionDecision } from "../../../core";
import type { ReadonlyDatabase } from "../prepared";
import { ExportFileRow, failInterruptedExports, stepExportRow, type ExportFileFields } from "./export-rows";

/** A neighbourhood's export as stored; the screen's view (ThreadExportJob) adds how it is delivered. */
const ThreadExportRow = ExportFileRow.extend({
  neighbourhoodId: z.string(),
  kind: z.enum(["progress", "good-news"]),
  format: z.enum(["pdf", "markdown"]),
  since: z.string().nullable(),
  until: z.string().nullable(),
});
export type ThreadExportRow = z.infer<typeof ThreadExportRow>;

const columns = `id, neighbourhood_id AS neighbourhoodId, kind, format, since, until, status, file_name AS fileName, path, sha256, bytes, pages, token, error,
  requested_at AS requestedAt, finished_at AS finishedAt`;

export const threadExports = {
  insert(db: Database, row: Pick<ThreadExportRow, "id" | "neighbourhoodId" | "kind" | "format" | "since" | "until" | "token" | "requestedAt">): void {
    db.prepare(
      `INSERT INTO thread_export (id, neighbourhood_id, kind, format, since, until, status, token, requested_at)
       VALUES (@id, @neighbourhoodId, @kind, @format, @since, @until, 'queued', @token, @requestedAt)`,
    ).run(row);
  },
  get(db: ReadonlyDatabase, id: string): ThreadExportRow | undefined {
    const raw: unknown = db.prepare(`SELECT ${columns} FROM thread_export WHERE id = ?`).get(id);
    return raw === undefined ? undefined : ThreadExportRow.parse(raw);
  },
  /** Moves a running export to its next step; never changes one that has finished. */
  step(db: Database, id: string, status: ExportStatus, fields: ExportFileFields = {}): void {
    stepExportRow(db, "thread_export", id, status, fields);
  },
  /** Exports that were running when Hearth stopped: they cannot finish now, and say so. */
  failInterrupted: (db: Database): number => failInterruptedExports(db, "thread_export"),
};

/** The organiser's decisions on likely personal data in a neighbourhood's exports. */
export const threadDecisions = {
  all(db: ReadonlyDatabase, neighbourhoodId: string): Record<string, RedactionDecision> {
    const rows = db.prepare(`SELECT finding_id AS id, decision FROM thread_decision WHERE neighbourhood_id = ?`).all(neighbourhoodId) as { id: string; decision: string }[];
    return Object.fromEntries(rows.map((r) => [r.id, RedactionDecision.parse(JSON.parse(r.decision))]));
  },
  set(db: Database, neighbourhoodId: string, findingId: string, decision: RedactionDecision, seq: number): void {
    db.prepare(
      `INSERT INTO thread_decision (neighbourhood_id, finding_id, decision, seq) VALUES (?, ?, ?, ?)
       ON CONFLICT (neighbourhood_id, finding_id) DO UPDATE SET decision = excluded.decision, seq = excluded.seq`,
    ).run(neighbourhoodId, findingId, JSON.stringify(decision), seq);
  },
};
