import { expect } from "vitest";
import { applyChange, eventState, type EventId } from "../../../src/core";
import { changesSince } from "../../../src/server/db/repos/changes";
import type { RunningRoom } from "../../../src/server/start-room";
import type { Actor } from "../../../src/server/room/actor";
import { callOk } from "./room-fixture";

/** How many rows a table holds: a refused command must leave every count as it was. */
export const count = (r: RunningRoom, table: string) => (r.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Calls a method expecting a refusal with `code`; returns its message. */
export function callRefused(r: RunningRoom, actor: Actor, method: string, input: unknown, code: string): string {
  const res = r.room.call(actor, { method, input, commandId: `cmd_${Math.random().toString(36).slice(2, 12)}` });
  if (res.ok) throw new Error(`${method} was accepted: ${JSON.stringify(res.value)}`);
  expect(res.error.code, `${method}: ${res.error.message}`).toBe(code);
  return res.error.message;
}

const byId = <T extends { id: string }>(items: Iterable<T>) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/**
 * The change feed from the start, folded the way a screen folds it, must give exactly the
 * snapshot: proof that every command sent the upserts and deletes its screens need.
 */
export function expectFeedMatchesSnapshot(r: RunningRoom, actor: Actor, eventId: EventId): void {
  const snap = callOk(r, actor, "events.snapshot", { eventId });
  const [first, ...rest] = changesSince(r.db, eventId, 0);
  const created = first?.upserts.find((u) => u.kind === "event");
  if (!first || created?.kind !== "event") throw new Error("the feed does not start with the event");
  let state = eventState(created.value, {}, 0);
  for (const c of [first, ...rest]) state = applyChange(state, c);
  expect(state.event).toEqual(snap.event);
  expect(byId(state.stage.values())).toEqual(byId(snap.stage));
  expect(byId(state.prompt.values())).toEqual(byId(snap.prompt));
}
