import { MAX_STAGES, moveToIndex, orderedStages, stageTimer, type EntityUpsert, type HearthEvent, type Stage } from "../../../core";
import { events, requireEvent } from "../../db/repos/events";
import { deletePrompt, deleteStage, prompts, stages } from "../../db/repos/run-sheet";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { countNotesOnPrompts, notesPhrase, requireStage } from "./support/lookups";

type StageMethods = "stages.add" | "stages.update" | "stages.move" | "stages.remove";

/** The event's timer follows a new default for the current stage, as long as nobody has started it. */
function followDefault(event: HearthEvent, stage: Stage, seq: number): HearthEvent | null {
  if (event.currentStageId !== stage.id) return null;
  const untouched = event.timer === null || (event.timer.startedAt === null && event.timer.elapsedMs === 0);
  if (!untouched) return null;
  return { ...event, timer: stageTimer(stage), updatedSeq: seq };
}

export const stageHandlers: HandlersOf<StageMethods> = {
  "stages.add": ({ db, seq }, input) => {
    const existing = stages.get(db, input.id);
    if (existing) {
      // A retry of the same add is harmless; another stage under this id is not.
      if (existing.eventId === input.eventId && existing.title === input.title) return { value: existing, eventId: existing.eventId, upserts: [] };
      throw new RoomError("conflict", "A different stage already has that id.");
    }
    requireEvent(db, input.eventId);
    const all = stages.listByEvent(db, input.eventId, "position");
    if (all.length >= MAX_STAGES) throw new RoomError("conflict", `An event has at most ${MAX_STAGES} stages.`);
    const stage: Stage = {
      ...input,
      position: Math.max(0, ...all.map((s) => s.position)) + 1,
      createdSeq: seq,
      updatedSeq: seq,
    };
    stages.insert(db, stage);
    return { value: stage, eventId: stage.eventId, upserts: [{ kind: "stage", value: stage }] };
  },

  "stages.update": ({ db, seq }, { id, ...patch }) => {
    const before = requireStage(db, id);
    const stage: Stage = { ...before, ...patch, updatedSeq: seq };
    stages.update(db, stage);
    const upserts: EntityUpsert[] = [{ kind: "stage", value: stage }];
    if (patch.timerMinutes !== undefined && patch.timerMinutes !== before.timerMinutes) {
      const event = followDefault(requireEvent(db, stage.eventId), stage, seq);
      if (event) {
        events.update(db, event);
        upserts.push({ kind: "event", value: event });
      }
    }
    return { value: stage, eventId: stage.eventId, upserts };
  },

  "stages.move": ({ db, seq }, { id, toIndex }) => {
    const stage = requireStage(db, id);
    const moved = moveToIndex(orderedStages(stages.listByEvent(db, stage.eventId)), id, toIndex, seq);
    if (!moved) throw new RoomError("not_found", "That stage does not exist.");
    for (const s of moved.changed) stages.update(db, s);
    return { value: moved.list, eventId: stage.eventId, upserts: moved.changed.map((value) => ({ kind: "stage", value })) };
  },

  "stages.remove": ({ db, seq }, { id }) => {
    const stage = requireStage(db, id);
    const event = requireEvent(db, stage.eventId);
    if (event.currentStageId === id && event.status === "live")
      throw new RoomError("conflict", "The event is on this stage now. Move to another stage before removing it.");
    const own = prompts.listByEvent(db, stage.eventId).filter((p) => p.stageId === id);
    const answered = countNotesOnPrompts(db, own.map((p) => p.id));
    if (answered > 0)
      throw new RoomError(
        "conflict",
        `${notesPhrase(answered)} this stage's prompts, so it cannot be removed without losing what they answered. Rename it instead.`,
      );
    const upserts: EntityUpsert[] = [];
    if (event.currentStageId === id) {
      const cleared: HearthEvent = { ...event, currentStageId: null, timer: null, updatedSeq: seq };
      events.update(db, cleared);
      upserts.push({ kind: "event", value: cleared });
    }
    for (const p of own) deletePrompt(db, p.id);
    deleteStage(db, id);
    return {
      value: { id },
      eventId: stage.eventId,
      upserts,
      deletes: [...own.map((p) => ({ kind: "prompt" as const, id: p.id })), { kind: "stage", id }],
    };
  },
};
