import { describe, expect, it } from "vitest";
import { orderedStages, promptsOfStage } from "../../../src/core";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";
import { callRefused, count, expectFeedMatchesSnapshot } from "../support/run-sheet-fixture";

const F = FACILITATOR;

describe("creating an event lays out its kind's template in the same change", () => {
  const rooms = useRooms();

  it.each(["listening", "adaptive-action", "steering", "partnership", "scrutiny", "blank"] as const)("%s", (kind) => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind }));
    const snap = callOk(r, F, "events.snapshot", { eventId: event.id });
    const change = r.db.prepare(`SELECT COUNT(*) AS n FROM change WHERE event_id = ?`).get(event.id) as { n: number };
    expect(change.n).toBe(1); // the event, its stages and prompts: one change
    if (kind === "blank") expect(snap.stage).toEqual([]);
    else expect(snap.stage.length).toBeGreaterThanOrEqual(3);
    if (kind === "scrutiny") expect(snap.prompt.filter((p) => /^\w[\w -]+: /.test(p.text))).toHaveLength(10);
    expect(snap.event.kind).toBe(kind);
    expectFeedMatchesSnapshot(r, F, event.id);
  });
});

describe("the set-up of stages and prompts", () => {
  const rooms = useRooms();

  it("adds, renames, reorders and removes stages and prompts, and every screen's copy follows", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind: "blank" }));
    const a = callOk(r, F, "stages.add", { id: "stage_aaaaaaaa", eventId: event.id, title: "Welcome", kind: "welcome", timerMinutes: 5 });
    const b = callOk(r, F, "stages.add", { id: "stage_bbbbbbbb", eventId: event.id, title: "Ideas" });
    callOk(r, F, "stages.add", { id: "stage_cccccccc", eventId: event.id, title: "Vote", kind: "vote" });
    expect([a.position, b.position]).toEqual([1, 2]);
    expect(b).toMatchObject({ kind: "capture", description: "", timerMinutes: null, privateWriting: false });

    const renamed = callOk(r, F, "stages.update", { id: b.id, title: "Ideas for the park", timerMinutes: 12, privateWriting: true });
    expect(renamed).toMatchObject({ title: "Ideas for the park", timerMinutes: 12, privateWriting: true, kind: "capture" });
    const order = callOk(r, F, "stages.move", { id: "stage_cccccccc", toIndex: 0 });
    expect(order.map((s) => s.id)).toEqual(["stage_cccccccc", "stage_aaaaaaaa", "stage_bbbbbbbb"]);

    for (const [id, text] of [["prompt_11111111", "What do you use the park for?"], ["prompt_22222222", "What stops you?"], ["prompt_33333333", "Who could help?"]])
      callOk(r, F, "prompts.add", { id: id!, stageId: b.id, text: text! });
    callOk(r, F, "prompts.update", { id: "prompt_22222222", text: "What stops you using it?" });
    expect(callOk(r, F, "prompts.move", { id: "prompt_33333333", toIndex: 0 }).map((p) => p.id)).toEqual([
      "prompt_33333333",
      "prompt_11111111",
      "prompt_22222222",
    ]);
    callOk(r, F, "prompts.remove", { id: "prompt_11111111" });
    callOk(r, F, "stages.remove", { id: "stage_aaaaaaaa" });

    const snap = callOk(r, F, "events.snapshot", { eventId: event.id });
    expect(orderedStages(snap.stage).map((s) => s.title)).toEqual(["Vote", "Ideas for the park"]);
    expect(promptsOfStage(snap.prompt, b.id).map((p) => p.text)).toEqual(["Who could help?", "What stops you using it?"]);
    expectFeedMatchesSnapshot(r, F, event.id);
  });

  it("removing a stage removes its prompts with it", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind: "listening" }));
    const capture = callOk(r, F, "events.snapshot", { eventId: event.id }).stage.find((s) => s.kind === "capture")!;
    callOk(r, F, "stages.remove", { id: capture.id });
    const snap = callOk(r, F, "events.snapshot", { eventId: event.id });
    expect(snap.prompt.some((p) => p.stageId === capture.id)).toBe(false);
    expect(count(r, "prompt")).toBe(snap.prompt.length);
    expectFeedMatchesSnapshot(r, F, event.id);
  });

  it("a new timer default on the current stage resets its countdown only if nobody started it", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind: "listening" }));
    const live = callOk(r, F, "run.next", { eventId: event.id });
    callOk(r, F, "stages.update", { id: live.currentStageId!, timerMinutes: 3 });
    expect(callOk(r, F, "events.snapshot", { eventId: event.id }).event.timer).toEqual({ durationMs: 180_000, startedAt: null, elapsedMs: 0 });
    callOk(r, F, "timer.start", { eventId: event.id });
    callOk(r, F, "stages.update", { id: live.currentStageId!, timerMinutes: 8 });
    expect(callOk(r, F, "events.snapshot", { eventId: event.id }).event.timer?.durationMs).toBe(180_000);
    expectFeedMatchesSnapshot(r, F, event.id);
  });

  it("refuses bad set-up input with a clear message and changes nothing", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind: "listening" }));
    const snap = callOk(r, F, "events.snapshot", { eventId: event.id });
    const stage = snap.stage[1]!;
    const before = count(r, "change");
    const invalid: [string, unknown, RegExp][] = [
      ["stages.add", { id: "stage_zzzzzzzz", eventId: event.id, title: "  " }, /stage title is empty/],
      ["stages.add", { id: "stage_zzzzzzzz", eventId: event.id, title: "x".repeat(121) }, /at most 120/],
      ["stages.add", { id: "stage_zzzzzzzz", eventId: event.id, title: "Go", timerMinutes: 0 }, /at least 1 minute/],
      ["stages.add", { id: "stage_zzzzzzzz", eventId: event.id, title: "Go", timerMinutes: 241 }, /at most 240 minutes/],
      ["stages.add", { id: "stage_zzzzzzzz", eventId: event.id, title: "Go", timerMinutes: 2.5 }, /whole number/],
      ["stages.add", { id: "stage_zzzzzzzz", eventId: event.id, title: "Go", kind: "party" }, /kind/],
      ["stages.update", { id: stage.id }, /Say what to change/],
      ["stages.update", { id: stage.id, title: "Ok", position: 1 }, /position|Unrecognized/i],
      ["stages.move", { id: stage.id, toIndex: -1 }, /0 or more/],
      ["prompts.add", { id: "prompt_zzzzzzzz", stageId: stage.id, text: "" }, /prompt is empty/],
      ["prompts.update", { id: snap.prompt[0]!.id, text: "y".repeat(301) }, /at most 300/],
    ];
    for (const [method, input, message] of invalid) expect(callRefused(r, F, method, input, "invalid_input")).toMatch(message);
    expect(callRefused(r, F, "stages.update", { id: "stage_missing1", title: "x" }, "not_found")).toBe("That stage does not exist.");
    expect(callRefused(r, F, "prompts.add", { id: "prompt_zzzzzzzz", stageId: "stage_missing1", text: "x" }, "not_found")).toBe("That stage does not exist.");
    expect(callRefused(r, F, "prompts.remove", { id: "prompt_missing" }, "not_found")).toBe("That prompt does not exist.");
    expect(callRefused(r, F, "stages.add", { id: "stage_zzzzzzzz", eventId: "evt_missing00", title: "x" }, "not_found")).toBe("That event does not exist.");
    // Another stage under an id already taken.
    expect(callRefused(r, F, "stages.add", { id: stage.id, eventId: event.id, title: "Something else" }, "conflict")).toMatch(/already has that id/);
    expect(count(r, "change")).toBe(before);
  });

  it("refuses to remove a prompt or stage that notes answer, or the stage the live event is on", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ kind: "listening" }));
    const snap = callOk(r, F, "events.snapshot", { eventId: event.id });
    const capture = snap.stage.find((s) => s.kind === "capture")!;
    const prompt = promptsOfStage(snap.prompt, capture.id)[0]!;
    callOk(r, F, "notes.add", { id: "note_00000001", eventId: event.id, text: "The park", promptId: prompt.id });
    callOk(r, F, "notes.add", { id: "note_00000002", eventId: event.id, text: "The buses", promptId: prompt.id });
    const before = count(r, "change");
    expect(callRefused(r, F, "prompts.remove", { id: prompt.id }, "conflict")).toBe(
      "2 notes answer this prompt, so it cannot be removed without losing what they answered. Reword it instead.",
    );
    expect(callRefused(r, F, "stages.remove", { id: capture.id }, "conflict")).toMatch(/^2 notes answer this stage's prompts/);
    const live = callOk(r, F, "run.next", { eventId: event.id });
    expect(callRefused(r, F, "stages.remove", { id: live.currentStageId! }, "conflict")).toBe(
      "The event is on this stage now. Move to another stage before removing it.",
    );
    expect(count(r, "change")).toBe(before + 1); // only run.next
    expect(count(r, "prompt")).toBe(snap.prompt.length);
  });

  it("lets only the facilitator change the set-up", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent());
    for (const role of ["notetaker", "participant", "projector"] as const)
      callRefused(r, { deviceId: `dev-${role}`, role }, "stages.add", { id: "stage_zzzzzzzz", eventId: event.id, title: "Sneaky" }, "forbidden");
    expect(count(r, "stage")).toBe(callOk(r, F, "events.snapshot", { eventId: event.id }).stage.length);
  });
});
