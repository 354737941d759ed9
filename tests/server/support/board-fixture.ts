import type { EventId, Prompt, Stage } from "../../../src/core";
import { newId } from "../../../src/api";
import { events, getEvent } from "../../../src/server/db/repos/events";
import { prompts, stages } from "../../../src/server/db/repos/run-sheet";
import type { Actor } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { callOk } from "./room-fixture";

/**
 * Run-sheet set-up written straight through the repositories: the commands that create
 * stages and prompts belong to another part of the app, and the board only reads them.
 */
export function addStage(running: RunningRoom, eventId: EventId, over: Partial<Stage> = {}): Stage {
  const stage: Stage = {
    id: newId(),
    eventId,
    position: 1,
    kind: "capture",
    title: "What matters to you?",
    description: "",
    timerMinutes: null,
    privateWriting: false,
    createdSeq: 0,
    updatedSeq: 0,
    ...over,
  };
  stages.insert(running.db, stage);
  return stage;
}

export function addPrompt(running: RunningRoom, eventId: EventId, stageId: string | null, text: string, position = 1): Prompt {
  const prompt: Prompt = { id: newId(), eventId, stageId, position, text, createdSeq: 0, updatedSeq: 0 };
  prompts.insert(running.db, prompt);
  return prompt;
}

/** Sets fields of the event directly (the current stage, attribution), as the run-sheet commands will. */
export function setEvent(running: RunningRoom, eventId: string, over: Partial<ReturnType<typeof getEvent> & object>): void {
  const event = getEvent(running.db, eventId);
  if (!event) throw new Error("no such event");
  events.update(running.db, { ...event, ...over });
}

/** Adds plain notes and returns their ids. */
export function addNotes(running: RunningRoom, actor: Actor, eventId: string, texts: readonly string[], table = ""): string[] {
  return texts.map((text) => callOk(running, actor, "notes.add", { id: newId(), eventId, text, table }).id);
}
