import { PARTICIPANT_NOTE_STAGES } from "../../core";
import { prompts, stages } from "../db/repos/run-sheet";
import type { Actor } from "./actor";
import { RoomError } from "../room-error";
import type { ReadonlyDatabase } from "../db/prepared";

/**
 * Checks beyond the contract's role lists, for what depends on the room's state. The
 * contract says who may call a method at all; these say when and on what.
 */

/**
 * A participant adds notes only while the event's current stage collects them, and only on
 * that stage's prompts. Facilitators and note-takers capture at any time.
 */
export function assertMayAddNote(db: ReadonlyDatabase, actor: Actor, eventId: string, currentStageId: string | null, promptId: string | null): void {
  if (actor.role === "facilitator" || actor.role === "notetaker") return;
  if (actor.role !== "participant") throw new RoomError("forbidden", "This device cannot add notes.");
  const stage = currentStageId ? stages.get(db, currentStageId) : undefined;
  if (!stage || stage.eventId !== eventId || !PARTICIPANT_NOTE_STAGES.has(stage.kind)) {
    throw new RoomError("forbidden", "Notes can be added from phones while the facilitator is collecting them.");
  }
  if (promptId !== null && prompts.get(db, promptId)?.stageId !== stage.id) {
    throw new RoomError("forbidden", "That question is not open now.");
  }
}

/**
 * Editing, moving or grouping a note: the facilitator and note-takers may change any note; a
 * participant only the notes its own device wrote; a projector none. For the board's note
 * commands (edit, move, group) to call with the note as stored.
 */
export function assertMayChangeNote(db: ReadonlyDatabase, actor: Actor, noteId: string): void {
  if (actor.role === "facilitator" || actor.role === "notetaker") return;
  if (actor.role === "participant") {
    const row = db.prepare(`SELECT author_device FROM note WHERE id = ?`).get(noteId) as { author_device: string } | undefined;
    if (row && row.author_device === actor.deviceId) return;
    throw new RoomError("forbidden", "A phone can change only the notes it added.");
  }
  throw new RoomError("forbidden", "This device cannot change notes.");
}
