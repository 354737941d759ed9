import type { Database } from "better-sqlite3";
import { isOnBoard, type BoardResult, type EventId, type HearthEvent, type Note, type Theme } from "../../../../core";
import { notes } from "../../../db/repos/notes";
import { prompts, stages } from "../../../db/repos/run-sheet";
import { themes } from "../../../db/repos/themes";
import type { Actor } from "../../actor";
import type { CommandOutcome } from "../../handler";
import { RoomError } from "../../../room-error";
import type { ReadonlyDatabase } from "../../../db/prepared";

/** Checks shared by the board's commands: each refuses with a message a person can act on. */

/**
 * A note of this event as this device may touch it. A private note is invisible to every
 * device but the one that wrote it, so to the others it does not exist.
 */
export function noteOf(db: ReadonlyDatabase, actor: Actor, eventId: string, id: string): Note | undefined {
  const note = notes.get(db, id);
  if (!note || note.eventId !== eventId) return undefined;
  if (note.hidden && notes.authorDevice(db, id) !== actor.deviceId) return undefined;
  return note;
}

/** A note that is on the board: there, not deleted, not merged away and not private. */
export function boardNote(db: ReadonlyDatabase, actor: Actor, eventId: string, id: string): Note {
  const note = noteOf(db, actor, eventId, id);
  if (!note) throw new RoomError("not_found", "That note does not exist.");
  if (isOnBoard(note)) return note;
  if (note.deleted) throw new RoomError("conflict", "That note was deleted.");
  if (note.mergedInto !== null) throw new RoomError("conflict", "That note was merged into another one.");
  throw new RoomError("conflict", "That note is still private: it can be sorted once the facilitator reveals the private notes.");
}

export function liveTheme(db: ReadonlyDatabase, eventId: string, id: string): Theme {
  const theme = themes.get(db, id);
  if (!theme || theme.eventId !== eventId) throw new RoomError("not_found", "That theme does not exist.");
  if (theme.deleted) throw new RoomError("conflict", "That theme was deleted.");
  return theme;
}

export function requirePrompt(db: ReadonlyDatabase, eventId: string, promptId: string | null): void {
  if (promptId === null) return;
  const prompt = prompts.get(db, promptId);
  if (!prompt || prompt.eventId !== eventId) throw new RoomError("not_found", "That prompt does not exist in this event.");
}

/** Private writing: notes written while the current stage has it on start hidden. */
export function writingIsPrivate(db: ReadonlyDatabase, event: HearthEvent): boolean {
  if (event.currentStageId === null) return false;
  return stages.get(db, event.currentStageId)?.privateWriting ?? false;
}

/**
 * Who a note is by, when the event shows authors: the device the room knows, never a field
 * the client sent. Until devices have names of their own this is the device's id.
 */
export function authorFor(event: HearthEvent, actor: Actor): string | null {
  return event.attribution ? actor.deviceId : null;
}

export function saveNote(db: Database, note: Note, changes: Partial<Note>, seq: number): Note {
  const next: Note = { ...note, ...changes, updatedSeq: seq };
  notes.update(db, next);
  return next;
}

export function saveTheme(db: Database, theme: Theme, changes: Partial<Theme>, seq: number): Theme {
  const next: Theme = { ...theme, ...changes, updatedSeq: seq };
  themes.update(db, next);
  return next;
}

/** The position after every live theme. */
export function nextThemePosition(db: ReadonlyDatabase, eventId: string): number {
  const row = db.prepare(`SELECT MAX(position) AS p FROM theme WHERE event_id = ? AND deleted = 0`).get(eventId) as { p: number | null };
  return (row.p ?? 0) + 1;
}

export function liveThemeCount(db: ReadonlyDatabase, eventId: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM theme WHERE event_id = ? AND deleted = 0`).get(eventId) as { n: number }).n;
}

/** A board command's outcome: what it changed, for the feed and for the caller's undo stack. */
export function boardOutcome(eventId: EventId, changedNotes: readonly Note[], changedThemes: readonly Theme[] = []): CommandOutcome<BoardResult> {
  return {
    value: { notes: [...changedNotes], themes: [...changedThemes] },
    eventId,
    upserts: [...changedThemes.map((value) => ({ kind: "theme" as const, value })), ...changedNotes.map((value) => ({ kind: "note" as const, value }))],
  };
}
