import { MAX_PROMPTS_PER_STAGE, moveToIndex, promptsOfStage, type Prompt } from "../../../core";
import { deletePrompt, prompts } from "../../db/repos/run-sheet";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { countNotesOnPrompts, notesPhrase, requirePrompt, requireStage } from "./support/lookups";
import type { ReadonlyDatabase } from "../../db/prepared";

type PromptMethods = "prompts.add" | "prompts.update" | "prompts.move" | "prompts.remove";

const stagePrompts = (db: ReadonlyDatabase, eventId: string, stageId: string) =>
  promptsOfStage(prompts.listByEvent(db, eventId), stageId);

export const promptHandlers: HandlersOf<PromptMethods> = {
  "prompts.add": ({ db, seq }, input) => {
    const existing = prompts.get(db, input.id);
    if (existing) {
      if (existing.stageId === input.stageId && existing.text === input.text) return { value: existing, eventId: existing.eventId, upserts: [] };
      throw new RoomError("conflict", "A different prompt already has that id.");
    }
    const stage = requireStage(db, input.stageId);
    const siblings = stagePrompts(db, stage.eventId, stage.id);
    if (siblings.length >= MAX_PROMPTS_PER_STAGE) throw new RoomError("conflict", `A stage has at most ${MAX_PROMPTS_PER_STAGE} prompts.`);
    const prompt: Prompt = {
      id: input.id,
      eventId: stage.eventId,
      stageId: stage.id,
      position: Math.max(0, ...siblings.map((p) => p.position)) + 1,
      text: input.text,
      createdSeq: seq,
      updatedSeq: seq,
    };
    prompts.insert(db, prompt);
    return { value: prompt, eventId: prompt.eventId, upserts: [{ kind: "prompt", value: prompt }] };
  },

  "prompts.update": ({ db, seq }, { id, text }) => {
    const prompt: Prompt = { ...requirePrompt(db, id), text, updatedSeq: seq };
    prompts.update(db, prompt);
    return { value: prompt, eventId: prompt.eventId, upserts: [{ kind: "prompt", value: prompt }] };
  },

  "prompts.move": ({ db, seq }, { id, toIndex }) => {
    const prompt = requirePrompt(db, id);
    if (prompt.stageId === null) throw new RoomError("conflict", "That prompt belongs to no stage, so it has no order to change.");
    const moved = moveToIndex(stagePrompts(db, prompt.eventId, prompt.stageId), id, toIndex, seq);
    if (!moved) throw new RoomError("not_found", "That prompt does not exist.");
    for (const p of moved.changed) prompts.update(db, p);
    return { value: moved.list, eventId: prompt.eventId, upserts: moved.changed.map((value) => ({ kind: "prompt", value })) };
  },

  "prompts.remove": ({ db }, { id }) => {
    const prompt = requirePrompt(db, id);
    const answered = countNotesOnPrompts(db, [id]);
    if (answered > 0)
      throw new RoomError("conflict", `${notesPhrase(answered)} this prompt, so it cannot be removed without losing what they answered. Reword it instead.`);
    deletePrompt(db, id);
    return { value: { id }, eventId: prompt.eventId, upserts: [], deletes: [{ kind: "prompt", id }] };
  },
};
