import { describe, expect, it } from "vitest";
import { closeEvent, enterStage, isRefusal, moveToIndex, orderedStages, stageAfterStep, stepEvent, type HearthEvent, type Stage } from "../../../src/core";
import { anEvent } from "../support/event-fixture";
import { eventId } from "../support/ids";

const event = anEvent();
const stage = (id: string, position: number, timerMinutes: number | null = 5): Stage => ({
  id,
  eventId: event.id,
  position,
  kind: "capture",
  title: id,
  description: "",
  timerMinutes,
  privateWriting: false,
  createdSeq: 1,
  updatedSeq: 1,
});
// Out of order on purpose: the run sheet's order is the positions'.
const stages = [stage("stage_c", 3, null), stage("stage_a", 1), stage("stage_b", 2, 10)];

const ok = (r: HearthEvent | { refused: string }): HearthEvent => {
  if (isRefusal(r)) throw new Error(r.refused);
  return r;
};

describe("stage transitions", () => {
  it("orders stages by position", () => {
    expect(orderedStages(stages).map((s) => s.id)).toEqual(["stage_a", "stage_b", "stage_c"]);
  });

  it("next from before the start is the first stage; previous there is nothing", () => {
    expect(stageAfterStep(stages, null, "next")?.id).toBe("stage_a");
    expect(stageAfterStep(stages, null, "previous")).toBeNull();
    expect(stageAfterStep(stages, "stage_gone", "next")?.id).toBe("stage_a");
  });

  it("the first start makes the event live and sets the stage's timer, not running", () => {
    const live = ok(stepEvent(event, stages, "next", 5));
    expect(live).toMatchObject({ status: "live", currentStageId: "stage_a", updatedSeq: 5, timer: { durationMs: 300_000, startedAt: null, elapsedMs: 0 } });
    const second = ok(stepEvent(live, stages, "next", 6));
    expect(second).toMatchObject({ currentStageId: "stage_b", timer: { durationMs: 600_000 } });
    const third = ok(stepEvent(second, stages, "next", 7));
    expect(third).toMatchObject({ currentStageId: "stage_c", timer: null });
    expect(ok(stepEvent(third, stages, "previous", 8)).currentStageId).toBe("stage_b");
  });

  it("refuses to step past either end, or on an event with no stages", () => {
    const last = ok(enterStage(event, stages[0]!, 2));
    expect(stepEvent(last, stages, "next", 3)).toEqual({ refused: "This is already the last stage." });
    const first = ok(enterStage(event, stages[1]!, 2));
    expect(stepEvent(first, stages, "previous", 3)).toEqual({ refused: "This is already the first stage." });
    expect(stepEvent(event, [], "next", 3)).toEqual({ refused: "This event has no stages yet. Add some in the set-up." });
  });

  it("a closed event stays closed: no moving, no closing twice; closing stops the clock", () => {
    const running = { ...ok(enterStage(event, stages[1]!, 2)), timer: { durationMs: 300_000, startedAt: 1_000, elapsedMs: 0 } };
    const closed = ok(closeEvent(running, 31_000, 3));
    expect(closed).toMatchObject({ status: "closed", currentStageId: "stage_a", timer: { startedAt: null, elapsedMs: 30_000 } });
    expect(isRefusal(stepEvent(closed, stages, "next", 4))).toBe(true);
    expect(isRefusal(enterStage(closed, stages[0]!, 4))).toBe(true);
    expect(closeEvent(closed, 40_000, 4)).toEqual({ refused: "This event is already closed." });
  });

  it("refuses a stage of another event", () => {
    expect(enterStage(event, { ...stages[0]!, eventId: eventId("evt_other000") }, 2)).toEqual({ refused: "That stage belongs to another event." });
  });
});

describe("moveToIndex", () => {
  const list = orderedStages(stages);
  it("moves an item and renumbers only what changed", () => {
    const moved = moveToIndex(list, "stage_c", 0, 9)!;
    expect(moved.list.map((s) => [s.id, s.position])).toEqual([["stage_c", 1], ["stage_a", 2], ["stage_b", 3]]);
    expect(moved.changed.map((s) => s.id).sort()).toEqual(["stage_a", "stage_b", "stage_c"]);
    expect(moved.changed.every((s) => s.updatedSeq === 9)).toBe(true);
    const down = moveToIndex(list, "stage_a", 1, 9)!;
    expect(down.list.map((s) => s.id)).toEqual(["stage_b", "stage_a", "stage_c"]);
    expect(down.changed.map((s) => s.id)).toEqual(["stage_b", "stage_a"]);
  });
  it("clamps the place to the list, and does nothing for an unknown id", () => {
    expect(moveToIndex(list, "stage_a", 99, 9)!.list.map((s) => s.id)).toEqual(["stage_b", "stage_c", "stage_a"]);
    expect(moveToIndex(list, "stage_a", 0, 9)!.changed).toEqual([]);
    expect(moveToIndex(list, "stage_x", 0, 9)).toBeNull();
  });
});
