import { afterEach } from "vitest";
import type { Actor } from "../../../src/server/room/actor";
import { startRoom, type RunningRoom, type StartOptions } from "../../../src/server/start-room";
import { newId, type MethodInput, type MethodName, type MethodOutput } from "../../../src/api";
import { useTempDir } from "./temp-dir";

/** Rooms on temp data folders, closed after each test; `call` unwraps the result or throws. */
export function useRooms() {
  const tempDir = useTempDir();
  const open: RunningRoom[] = [];
  afterEach(() => {
    for (const r of open.splice(0)) r.close();
  });
  const start = (dir = tempDir(), options: StartOptions = {}) => {
    const running = startRoom(dir, options);
    open.push(running);
    return { ...running, dir };
  };
  return { start, tempDir };
}

export function callOk<M extends MethodName>(running: RunningRoom, actor: Actor, method: M, input: MethodInput<M>, commandId = newId()): MethodOutput<M> {
  const r = running.room.call(actor, { method, input, commandId });
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

export const sampleEvent = (over: Partial<MethodInput<"events.create">> = {}): MethodInput<"events.create"> => ({
  id: newId(),
  title: "Elm Road listening event",
  neighbourhood: "Elm Road estate",
  venue: "St Barnabas community hall",
  date: "2026-11-14",
  ...over,
});
