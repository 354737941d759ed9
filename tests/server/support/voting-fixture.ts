import { newId, type MethodInput, type MethodName, type Result } from "../../../src/api";
import { eventState, lookupIn, roundResults, type EventId, type Theme } from "../../../src/core";
import { themeId } from "../../unit/support/ids";
import { themes } from "../../../src/server/db/repos/themes";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { callOk, sampleEvent } from "./room-fixture";

/** Participants as the room knows them: a device and its role (the join work issues these from tokens). */
export const phone = (n: number): Actor => ({ deviceId: `phone-device-${n}`, role: "participant" });
export const NOTETAKER: Actor = { deviceId: "notetaker-table-a", role: "notetaker" };
export const PROJECTOR: Actor = { deviceId: "projector-wall", role: "projector" };

export const NOTE_TEXTS = ["No shelter at the bus stop", "Lifts broken for weeks", "GP phone queue", "Damp and mould", "Nowhere for young people", "لا توجد إضاءة في الحديقة ليلاً"];

/** An event with notes, ready to vote on. */
export function votingEvent(r: RunningRoom, texts: readonly string[] = NOTE_TEXTS) {
  const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
  const notes = texts.map((text, i) => callOk(r, FACILITATOR, "notes.add", { id: `note_${String(i).padStart(4, "0")}`, eventId: event.id, text }));
  return { event, notes, ids: notes.map((n) => n.id) };
}

/** Themes are made by the board work's commands; until that merges, tests put them in through the repository. */
export function addTheme(r: RunningRoom, eventId: EventId, id: string, title: string, position: number): Theme {
  const theme: Theme = { id: themeId(id), eventId, title, colour: "sand", position, collapsed: false, deleted: false, createdSeq: 0, updatedSeq: 0 };
  themes.insert(r.db, theme);
  return theme;
}

export function createRound(r: RunningRoom, eventId: string, over: Partial<MethodInput<"rounds.create">> = {}) {
  return callOk(r, FACILITATOR, "rounds.create", {
    id: newId(),
    eventId,
    title: "Residents' round",
    target: "notes",
    dotsPerVoter: 3,
    maxPerItem: 2,
    blind: true,
    ...over,
  });
}

export function call<M extends MethodName>(r: RunningRoom, actor: Actor, method: M, input: MethodInput<M>, commandId = newId()): Result<unknown> {
  return r.room.call(actor, { method, input, commandId });
}

/** The message of a refusal, or a failure if the call went through. */
export function refusal(result: Result<unknown>): string {
  if (result.ok) throw new Error("expected a refusal, but the call went through");
  return result.error.message;
}

/** A round's results as a given actor's snapshot lets it count them. */
export function resultsSeenBy(r: RunningRoom, actor: Actor, eventId: string, roundId: string) {
  const snap = callOk(r, actor, "events.snapshot", { eventId });
  const state = eventState(snap.event, snap, snap.seq);
  const round = state.round.get(roundId);
  if (!round) throw new Error("no such round in the snapshot");
  return roundResults(round, state.ballot.values(), state.paperCount.values(), lookupIn(state));
}

export const countRows = (r: RunningRoom, table: string) => (r.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
