import { changedFields, NOTE_FIELDS, pickFields, THEME_FIELDS, type NoteFields, type ThemeFields } from "./board-fields";
import type { BoardResult, RestoreEntity, SkippedEntity } from "./board-inputs";
import type { NoteId, ThemeId } from "./ids";
import type { Note } from "./note";
import type { Theme } from "./theme";

/**
 * Undo and redo of one person's board changes. A step holds, for each note or theme a
 * command changed, the fields before and after it. Undoing asks the room to set `before`
 * only where the entity still has `after`, so a later change by anyone else is never
 * reverted: that entity is skipped and the person is told. Remote changes never enter a stack.
 */
export type EntityEdit =
  | { readonly kind: "note"; readonly id: NoteId; readonly before: NoteFields; readonly after: NoteFields }
  | { readonly kind: "theme"; readonly id: ThemeId; readonly before: ThemeFields; readonly after: ThemeFields };

export interface UndoStep {
  readonly id: string;
  /** What the step did, in words: "Move a note", "Delete theme". */
  readonly label: string;
  readonly edits: readonly EntityEdit[];
}

export interface UndoStacks {
  readonly undo: readonly UndoStep[];
  readonly redo: readonly UndoStep[];
}

export const EMPTY_STACKS: UndoStacks = { undo: [], redo: [] };
/** Older steps fall off the bottom. */
export const UNDO_LIMIT = 100;

/** What the board held before a command: enough to know each entity's fields. */
export interface BoardBefore {
  readonly note: ReadonlyMap<string, Note>;
  readonly theme: ReadonlyMap<string, Theme>;
}

/**
 * The step a command made, from the board before it and the entities it answered with.
 * An entity the board did not have was created: undo deletes it (soft), but only while it is
 * still exactly as created. Returns null when nothing changed (a replay, or a no-op).
 */
export function stepFromResult(id: string, label: string, before: BoardBefore, result: BoardResult): UndoStep | null {
  const edits: EntityEdit[] = [];
  for (const theme of result.themes) {
    const prev = before.theme.get(theme.id);
    if (!prev) edits.push({ kind: "theme", id: theme.id, before: { deleted: true }, after: pickFields(theme, THEME_FIELDS) });
    else {
      const fields = changedFields(prev, theme, THEME_FIELDS);
      if (fields.length) edits.push({ kind: "theme", id: theme.id, before: pickFields(prev, fields), after: pickFields(theme, fields) });
    }
  }
  for (const note of result.notes) {
    const prev = before.note.get(note.id);
    // A private note another screen holds only as a blank stand-in counts as new to this screen.
    if (!prev || (prev.hidden && prev.text === "")) edits.push({ kind: "note", id: note.id, before: { deleted: true }, after: pickFields(note, NOTE_FIELDS) });
    else {
      const fields = changedFields(prev, note, NOTE_FIELDS);
      if (fields.length) edits.push({ kind: "note", id: note.id, before: pickFields(prev, fields), after: pickFields(note, fields) });
    }
  }
  return edits.length ? { id, label, edits } : null;
}

/** A new step of one's own: on top of the undo stack; the redo stack no longer applies. */
export function pushStep(stacks: UndoStacks, step: UndoStep | null): UndoStacks {
  if (!step) return stacks;
  return { undo: [...stacks.undo, step].slice(-UNDO_LIMIT), redo: [] };
}

export type Direction = "undo" | "redo";

/** The restores that undo (or redo) a step: themes first, so a theme is back before its notes return to it. */
export function restoresFor(step: UndoStep, direction: Direction): RestoreEntity[] {
  const out = step.edits.map((e): RestoreEntity => {
    const [expect, set] = direction === "undo" ? [e.after, e.before] : [e.before, e.after];
    return e.kind === "note" ? { kind: "note", id: e.id, expect, set } : { kind: "theme", id: e.id, expect, set };
  });
  return [...out.filter((r) => r.kind === "theme"), ...out.filter((r) => r.kind === "note")];
}

/** The step to undo or redo: the top of its stack, or the one named (an "Undo" button on a toast). */
export function peekStep(stacks: UndoStacks, direction: Direction, stepId?: string): UndoStep | undefined {
  const stack = stacks[direction];
  return stepId === undefined ? stack[stack.length - 1] : stack.find((s) => s.id === stepId);
}

/**
 * After the room answered an undo (or redo) of `step`: the step leaves its stack and what was
 * applied goes on the other one, so it can be redone (or undone). Skipped edits are dropped:
 * they were someone else's to keep.
 */
export function settleStep(stacks: UndoStacks, direction: Direction, step: UndoStep, skipped: readonly SkippedEntity[]): UndoStacks {
  const isSkipped = (e: EntityEdit) => skipped.some((s) => s.kind === e.kind && s.id === e.id);
  const remaining = step.edits.filter((e) => !isSkipped(e));
  const from = stacks[direction].filter((s) => s.id !== step.id);
  const otherKey: Direction = direction === "undo" ? "redo" : "undo";
  const other = remaining.length ? [...stacks[otherKey], { ...step, edits: remaining }].slice(-UNDO_LIMIT) : stacks[otherKey];
  return direction === "undo" ? { undo: from, redo: other } : { undo: other, redo: from };
}

/** A plain sentence for what could not be undone, or null when everything was. */
export function describeSkipped(direction: Direction, skipped: readonly SkippedEntity[]): string | null {
  if (skipped.length === 0) return null;
  const verb = direction === "undo" ? "undone" : "redone";
  const notes = skipped.filter((s) => s.kind === "note").length;
  const themes = skipped.length - notes;
  const parts = [notes && `${notes} note${notes === 1 ? "" : "s"}`, themes && `${themes} theme${themes === 1 ? "" : "s"}`].filter(Boolean);
  const them = skipped.length === 1 ? "it" : "them";
  return `Not ${verb} for ${parts.join(" and ")}: someone else changed ${them} since. Their change was kept.`;
}
