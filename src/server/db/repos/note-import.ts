import type { Database } from "better-sqlite3";
import { z } from "zod";
import { ImportNote } from "../../../core";

const StagedNotes = z.array(ImportNote);
type StagedNotes = z.output<typeof StagedNotes>;

/** Parts of an import staged until the command that applies them (migration 0050). */
export const importParts = {
  stage(db: Database, p: { importId: string; part: number; eventId: string; actor: string; notes: StagedNotes; at: string }): void {
    db.prepare(
      `INSERT INTO note_import_part (import_id, part, event_id, actor, notes, staged_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (import_id, part) DO UPDATE SET notes = excluded.notes, staged_at = excluded.staged_at
       WHERE note_import_part.actor = excluded.actor AND note_import_part.event_id = excluded.event_id`,
    ).run(p.importId, p.part, p.eventId, p.actor, JSON.stringify(p.notes), p.at);
  },
  /** The staged parts of one import by one device, in order. */
  list(db: Database, importId: string, eventId: string, actor: string): { part: number; notes: StagedNotes }[] {
    const rows = db
      .prepare(`SELECT part, notes FROM note_import_part WHERE import_id = ? AND event_id = ? AND actor = ? ORDER BY part`)
      .all(importId, eventId, actor) as { part: number; notes: string }[];
    return rows.map((r) => ({ part: r.part, notes: StagedNotes.parse(JSON.parse(r.notes)) }));
  },
  remove(db: Database, importId: string): void {
    db.prepare(`DELETE FROM note_import_part WHERE import_id = ?`).run(importId);
  },
  /** How many notes a device has staged for one import, not counting one part (that a resend replaces). */
  stagedNotes(db: Database, actor: string, importId: string, exceptPart: number): number {
    const row = db
      .prepare(`SELECT COALESCE(SUM(json_array_length(notes)), 0) AS n FROM note_import_part WHERE actor = ? AND import_id = ? AND part != ?`)
      .get(actor, importId, exceptPart) as { n: number };
    return row.n;
  },
  /** Staged parts of a device's other imports than `importId`. */
  removeOthersOf(db: Database, actor: string, importId: string): void {
    db.prepare(`DELETE FROM note_import_part WHERE actor = ? AND import_id != ?`).run(actor, importId);
  },
  /** Parts nobody finished (a device that went away mid-import) are dropped after a day. */
  removeOlderThan(db: Database, isoTime: string): void {
    db.prepare(`DELETE FROM note_import_part WHERE staged_at < ?`).run(isoTime);
  },
};
