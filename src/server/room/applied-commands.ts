import type { Database } from "better-sqlite3";
import { createHash } from "node:crypto";
import type { EntityUpsert } from "../../core";
import { prepared } from "../db/prepared";
import { notes } from "../db/repos/notes";
import { RoomError } from "../room-error";

/**
 * Commands whose record must not say which device sent them: a resident's contact. Their
 * record is kept under a one-way key of the device and the command id, which the device can
 * make again when it resends, but nothing in the database can turn back into the device.
 */
const UNLINKED_METHODS: ReadonlySet<string> = new Set(["contacts.leave"]);
const UNLINKED_ACTOR = "resident";

/** Where a command's record is kept: under the device and command id, or for an unlinked method under a one-way key of both. `method` "" looks up a plain record. */
function recordKey(actor: string, commandId: string, method: string): { actor: string; commandId: string } {
  if (!UNLINKED_METHODS.has(method)) return { actor, commandId };
  return { actor: UNLINKED_ACTOR, commandId: createHash("sha256").update(`${actor}\u0000${commandId}`).digest("base64url") };
}

/**
 * The record of each command applied, so that one sent twice has the effect of one: a replay
 * is answered with the stored result. A result that is the note the command wrote (notes.add)
 * is stored as the note's id, not a third copy of its words: the replay answers with its row.
 * (A command id used before for an unlinked method and again for another is not recognised
 * as taken: the unlinked record cannot say whose it was.)
 */
export function appliedResult(db: Database, actor: string, commandId: string, method = ""): { method: string; result: unknown } | undefined {
  const key = recordKey(actor, commandId, method);
  const seen = prepared(db, `SELECT method, result, result_note FROM applied_command WHERE actor = ? AND command_id = ?`).get(key.actor, key.commandId) as
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
  const key = recordKey(actor, commandId, method);
  prepared(db, `INSERT INTO applied_command (actor, command_id, method, result, result_note, event_id) VALUES (?, ?, ?, ?, ?, ?)`).run(
    key.actor,
    key.commandId,
    method,
    written ? "" : JSON.stringify(value),
    written ? written.value.id : null,
    feedKey ?? null,
  );
}
