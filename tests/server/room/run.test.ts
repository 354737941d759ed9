import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { orderedStages, timerRemainingMs } from "../../../src/core";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";
import { callRefused, count, expectFeedMatchesSnapshot } from "../support/run-sheet-fixture";

const F = FACILITATOR;
const T0 = Date.parse("2026-11-14T18:00:00.000Z");

describe("running an event", () => {
  const rooms = useRooms();
  beforeEach(() => {
    // The room stamps commands with its own clock; the test moves that clock by hand.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());
  const at = (seconds: number) => vi.setSystemTime(T0 + seconds * 1000);

  function listeningEvent() {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind: "listening" }));
    const stages = orderedStages(callOk(r, F, "events.snapshot", { eventId: event.id }).stage);
    return { r, event, stages };
  }

  it("moves from stage to stage; the first start makes it live; close makes it closed", () => {
    const { r, event, stages } = listeningEvent();
    expect(event).toMatchObject({ status: "planned", currentStageId: null, timer: null });
    expect(callRefused(r, F, "run.previous", { eventId: event.id }, "conflict")).toBe("This is already the first stage.");
    const first = callOk(r, F, "run.next", { eventId: event.id });
    expect(first).toMatchObject({ status: "live", currentStageId: stages[0]!.id, timer: { durationMs: 10 * 60_000, startedAt: null, elapsedMs: 0 } });
    expect(callOk(r, F, "run.next", { eventId: event.id }).currentStageId).toBe(stages[1]!.id);
    expect(callOk(r, F, "run.previous", { eventId: event.id }).currentStageId).toBe(stages[0]!.id);
    const last = callOk(r, F, "run.goTo", { eventId: event.id, stageId: stages.at(-1)!.id });
    expect(last.currentStageId).toBe(stages.at(-1)!.id);
    const changes = count(r, "change");
    expect(callOk(r, F, "run.goTo", { eventId: event.id, stageId: stages.at(-1)!.id })).toEqual(last); // already there: no change
    expect(count(r, "change")).toBe(changes);
    expect(callRefused(r, F, "run.next", { eventId: event.id }, "conflict")).toBe("This is already the last stage.");
    const closed = callOk(r, F, "run.close", { eventId: event.id });
    expect(closed.status).toBe("closed");
    expect(callRefused(r, F, "run.previous", { eventId: event.id }, "conflict")).toMatch(/closed/);
    expect(callRefused(r, F, "timer.start", { eventId: event.id }, "conflict")).toMatch(/closed/);
    expect(callRefused(r, F, "run.close", { eventId: event.id }, "conflict")).toBe("This event is already closed.");
    // Reopened from the set-up, it runs again.
    callOk(r, F, "events.update", { id: event.id, status: "live" });
    expect(callOk(r, F, "run.previous", { eventId: event.id }).currentStageId).toBe(stages.at(-2)!.id);
    expectFeedMatchesSnapshot(r, F, event.id);
  });

  it("refuses a stage of another event and a missing one", () => {
    const { r, event } = listeningEvent();
    const other = callOk(r, F, "events.create", sampleEvent({ kind: "steering" }));
    const foreign = callOk(r, F, "events.snapshot", { eventId: other.id }).stage[0]!;
    expect(callRefused(r, F, "run.goTo", { eventId: event.id, stageId: foreign.id }, "conflict")).toBe("That stage belongs to another event.");
    expect(callRefused(r, F, "run.goTo", { eventId: event.id, stageId: "stage_missing" }, "not_found")).toBe("That stage does not exist.");
    expect(callRefused(r, F, "run.next", { eventId: "evt_missing00" }, "not_found")).toBe("That event does not exist.");
    expect(callRefused(r, F, "run.next", { eventId: event.id, extra: 1 }, "invalid_input")).toMatch(/extra|Unrecognized/i);
  });

  it("a next sent twice under one command id moves once", () => {
    const { r, event, stages } = listeningEvent();
    const once = callOk(r, F, "run.next", { eventId: event.id }, "cmd_next_0001");
    expect(callOk(r, F, "run.next", { eventId: event.id }, "cmd_next_0001")).toEqual(once);
    expect(callOk(r, F, "events.snapshot", { eventId: event.id }).event.currentStageId).toBe(stages[0]!.id);
  });

  it("counts down in server time: start, pause, +1 minute, reset", () => {
    const { r, event } = listeningEvent();
    expect(callRefused(r, F, "timer.start", { eventId: event.id }, "conflict")).toMatch(/has not started/);
    callOk(r, F, "run.next", { eventId: event.id }); // Welcome: 10 minutes
    at(10);
    const started = callOk(r, F, "timer.start", { eventId: event.id });
    expect(started.timer).toEqual({ durationMs: 600_000, startedAt: T0 + 10_000, elapsedMs: 0 });
    at(70);
    const paused = callOk(r, F, "timer.pause", { eventId: event.id });
    expect(timerRemainingMs(paused.timer!, T0 + 999_000)).toBe(540_000);
    at(100);
    const more = callOk(r, F, "timer.addMinute", { eventId: event.id });
    expect(timerRemainingMs(more.timer!, T0 + 999_000)).toBe(600_000);
    at(120);
    const resumed = callOk(r, F, "timer.start", { eventId: event.id });
    at(130);
    expect(timerRemainingMs(resumed.timer!, Date.now())).toBe(590_000);
    const changes = count(r, "change");
    expect(callOk(r, F, "timer.start", { eventId: event.id })).toEqual(resumed); // already running: nothing changes
    expect(count(r, "change")).toBe(changes);
    const reset = callOk(r, F, "timer.reset", { eventId: event.id });
    expect(reset.timer).toEqual({ durationMs: 600_000, startedAt: null, elapsedMs: 0 });
    expectFeedMatchesSnapshot(r, F, event.id);
  });

  it("a stage without a default timer gets one when the facilitator says how long", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind: "blank" }));
    callOk(r, F, "stages.add", { id: "stage_aaaaaaaa", eventId: event.id, title: "Open floor" });
    const live = callOk(r, F, "run.next", { eventId: event.id });
    expect(live.timer).toBeNull();
    expect(callRefused(r, F, "timer.start", { eventId: event.id }, "conflict")).toBe("This stage has no timer. Say how many minutes it should run.");
    expect(callRefused(r, F, "timer.pause", { eventId: event.id }, "conflict")).toBe("This stage has no timer to pause.");
    expect(callRefused(r, F, "timer.addMinute", { eventId: event.id }, "conflict")).toMatch(/no timer to add a minute to/);
    expect(callRefused(r, F, "timer.start", { eventId: event.id, minutes: 0 }, "invalid_input")).toMatch(/at least 1 minute/);
    at(5);
    expect(callOk(r, F, "timer.start", { eventId: event.id, minutes: 3 }).timer).toEqual({ durationMs: 180_000, startedAt: T0 + 5000, elapsedMs: 0 });
    // Reset goes back to the stage's own default: none.
    expect(callOk(r, F, "timer.reset", { eventId: event.id }).timer).toBeNull();
  });

  it("+1 minute stops at the longest timer", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind: "blank" }));
    callOk(r, F, "stages.add", { id: "stage_aaaaaaaa", eventId: event.id, title: "Long", timerMinutes: 239 });
    callOk(r, F, "run.next", { eventId: event.id });
    expect(callOk(r, F, "timer.addMinute", { eventId: event.id }).timer?.durationMs).toBe(240 * 60_000);
    expect(callRefused(r, F, "timer.addMinute", { eventId: event.id }, "conflict")).toBe("A timer runs for at most 240 minutes.");
  });

  it("tells every screen the server's time", () => {
    const r = rooms.start();
    at(42);
    expect(callOk(r, { deviceId: "phone-1", role: "participant" }, "clock.now", {})).toEqual({ serverTime: T0 + 42_000 });
  });

  it("only the facilitator runs the event", () => {
    const { r, event } = listeningEvent();
    for (const method of ["run.next", "run.close", "timer.start", "timer.reset"])
      callRefused(r, { deviceId: "table-1", role: "notetaker" }, method, { eventId: event.id }, "forbidden");
    expect(callOk(r, F, "events.snapshot", { eventId: event.id }).event.status).toBe("planned");
  });
});
