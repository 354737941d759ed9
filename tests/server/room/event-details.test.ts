import { describe, expect, it } from "vitest";
import { orderedStages, promptsOfStage } from "../../../src/core";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";
import { callRefused, count } from "../support/run-sheet-fixture";

const F = FACILITATOR;

describe("an event's details", () => {
  const rooms = useRooms();

  it("changes only what is given; a default due date follows the date, one set by hand stays", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ date: "2026-11-14" }));
    expect(event.feedbackDueOn).toBe("2026-11-24");
    const moved = callOk(r, F, "events.update", { id: event.id, date: "2026-12-01", venue: "Library", attribution: true });
    expect(moved).toMatchObject({ date: "2026-12-01", feedbackDueOn: "2026-12-11", venue: "Library", attribution: true, title: event.title });
    callOk(r, F, "events.update", { id: event.id, feedbackDueOn: "2026-12-05" });
    expect(callOk(r, F, "events.update", { id: event.id, date: "2026-12-02" }).feedbackDueOn).toBe("2026-12-05");
    const changes = count(r, "change");
    callOk(r, F, "events.update", { id: event.id, venue: "Library" }); // nothing new: no change in the feed
    expect(count(r, "change")).toBe(changes);
  });

  it("refuses what cannot be, and changes nothing", () => {
    const r = rooms.start();
    const event = callOk(r, F, "events.create", sampleEvent({ date: "2026-11-14" }));
    const before = count(r, "change");
    expect(callRefused(r, F, "events.update", { id: event.id, feedbackDueOn: "2026-11-13" }, "invalid_input")).toBe(
      "The feedback report is due on or after the day of the event.",
    );
    expect(callRefused(r, F, "events.update", { id: event.id }, "invalid_input")).toMatch(/Say what to change/);
    expect(callRefused(r, F, "events.update", { id: event.id, date: "2026-02-30" }, "invalid_input")).toMatch(/does not exist/);
    expect(callRefused(r, F, "events.update", { id: event.id, status: "cancelled" }, "invalid_input")).toMatch(/status/);
    expect(callRefused(r, F, "events.update", { id: event.id, title: "" }, "invalid_input")).toMatch(/title is empty/);
    expect(callRefused(r, F, "events.update", { id: event.id, kind: "blank" }, "invalid_input")).toMatch(/kind|Unrecognized/i);
    expect(callRefused(r, F, "events.update", { id: "evt_missing00", title: "x" }, "not_found")).toBe("That event does not exist.");
    expect(count(r, "change")).toBe(before);
  });

  it("keeps neighbourhoods and partnerships as lists of the names in use, whatever their case", () => {
    const r = rooms.start();
    callOk(r, F, "events.create", sampleEvent({ neighbourhood: "Elm Road estate", partnership: "Elm Road Partnership" }));
    const e2 = callOk(r, F, "events.create", sampleEvent({ neighbourhood: "elm road ESTATE", partnership: "" }));
    callOk(r, F, "events.update", { id: e2.id, neighbourhood: "Brookside", partnership: "Wirral West" });
    expect(callOk(r, F, "neighbourhoods.list", {})).toEqual(["Brookside", "Elm Road estate"]);
    expect(callOk(r, F, "partnerships.list", {})).toEqual(["Elm Road Partnership", "Wirral West"]);
    callRefused(r, { deviceId: "phone-1", role: "participant" }, "neighbourhoods.list", {}, "forbidden");
  });
});

describe("saved templates", () => {
  const rooms = useRooms();

  it("saves an event's run sheet as edited, and a new event from it copies it", () => {
    const r = rooms.start();
    const source = callOk(r, F, "events.create", sampleEvent({ kind: "adaptive-action" }));
    const stages = orderedStages(callOk(r, F, "events.snapshot", { eventId: source.id }).stage);
    callOk(r, F, "stages.update", { id: stages[1]!.id, title: "What do we see?", timerMinutes: 7, privateWriting: true });
    callOk(r, F, "prompts.add", { id: "prompt_extra001", stageId: stages[1]!.id, text: "Ce zauważyłeś? 👀" });
    callOk(r, F, "stages.remove", { id: stages[0]!.id });

    const saved = callOk(r, F, "templates.saveFromEvent", { id: "tpl_00000001", eventId: source.id, name: "  Deep dive  " });
    expect(saved).toMatchObject({ name: "Deep dive", kind: "adaptive-action" });
    expect(saved.stages.map((s) => s.title)).toEqual(["What do we see?", "So what?", "Now what?"]);
    expect(callOk(r, F, "templates.list", {})).toEqual([saved]);

    const copy = callOk(r, F, "events.create", sampleEvent({ kind: "blank", templateId: saved.id, title: "Deep dive 2" }));
    expect(copy.kind).toBe("adaptive-action");
    const snap = callOk(r, F, "events.snapshot", { eventId: copy.id });
    const copied = orderedStages(snap.stage);
    expect(copied.map((s) => s.title)).toEqual(["What do we see?", "So what?", "Now what?"]);
    expect(copied[0]).toMatchObject({ timerMinutes: 7, privateWriting: true });
    expect(promptsOfStage(snap.prompt, copied[0]!.id).map((p) => p.text)).toEqual([
      "What do we observe?",
      "What do we know for sure?",
      "What do we wonder about?",
      "Ce zauważyłeś? 👀",
    ]);
    // Fresh ids: the copy shares nothing with the source.
    const sourceIds = new Set(callOk(r, F, "events.snapshot", { eventId: source.id }).stage.map((s) => s.id));
    expect(copied.some((s) => sourceIds.has(s.id))).toBe(false);
  });

  it("refuses a name already taken, an event with no stages and an unknown template, and changes nothing", () => {
    const r = rooms.start();
    const source = callOk(r, F, "events.create", sampleEvent({ kind: "listening" }));
    callOk(r, F, "templates.saveFromEvent", { id: "tpl_00000001", eventId: source.id, name: "Our evening" });
    expect(callRefused(r, F, "templates.saveFromEvent", { id: "tpl_00000002", eventId: source.id, name: "OUR EVENING" }, "conflict")).toBe(
      "A template called “OUR EVENING” already exists. Choose another name.",
    );
    const empty = callOk(r, F, "events.create", sampleEvent({ kind: "blank" }));
    expect(callRefused(r, F, "templates.saveFromEvent", { id: "tpl_00000003", eventId: empty.id, name: "Nothing" }, "conflict")).toMatch(/no stages/);
    expect(callRefused(r, F, "templates.saveFromEvent", { id: "tpl_00000003", eventId: empty.id, name: "" }, "invalid_input")).toMatch(/name is empty/);
    const events = count(r, "event");
    expect(callRefused(r, F, "events.create", sampleEvent({ templateId: "tpl_missing01" }), "not_found")).toBe("That template does not exist.");
    expect(count(r, "event")).toBe(events);
    expect(count(r, "template")).toBe(1);
  });
});
