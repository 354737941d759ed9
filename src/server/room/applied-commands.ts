import type { Database } from "better-sqlite3";
import type { EntityUpsert } from "../../core";
import { prepared } from "../db/prepared";
import { notes } from "../db/repos/notes";
import { RoomError } from "../room-error";

/**
 * The record of each command applied, so that one sent twice has the effect of one: a replay
 * is answered with the stored result. A result that is the note the command wrote (notes.add)
 * is stored as the note's id, not a third copy of its words: the replay answers with its row.
 */
export function appliedResult(db: Database, actor: string, commandId: string): { method: string; result: unknown } | undefined {
  const seen = prepared(db, `SELECT method, result, result_note FROM applied_command WHERE actor = ? AND command_id = ?`).get(actor, commandId) as
    | { method: string; result: string; result_note: string | null }
    | undefined;
  if (!seen) return undefined;
  if (seen.result_note === null) return { method: seen.method, result: JSON.parse(seen.result) as unknown };
  const note = notes.get(db, seen.result_note);
  if (!note) throw new RoomError("not_found", "That note was applied before, and has since been deleted.");
  return { method: seen.method, result: note };
}

export function recordApplied(db: Database, actor: string, commandId: string, method: string, value: unknown, feedKey: string | undefined, upserts: readonly EntityUpsert[]): void {
  const written = upserts.find((u) => u.kind === "note" && u.value === value);
  prepared(db, `INSERT INTO applied_command (actor, command_id, method, result, result_note, event_id) VALUES (?, ?, ?, ?, ?, ?)`).run(
    actor,
    commandId,
    method,
    written ? "" : JSON.stringify(value),
    written ? written.value.id : null,
    feedKey ?? null,
  );
}
