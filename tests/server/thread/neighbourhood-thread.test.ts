import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { feedSince } from "../../../src/server/db/repos/changes";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, useRooms } from "../support/room-fixture";
import { adoptTopThree, HOOD, listeningToFinalRound } from "../support/thread-fixture";
import { call, NOTETAKER, phone, PROJECTOR, refusal } from "../support/voting-fixture";

const hoodOf = (r: ReturnType<ReturnType<typeof useRooms>["start"]>, eventId: string) => callOk(r, FACILITATOR, "neighbourhoods.ofEvent", { eventId }).neighbourhood!;

describe("priorities that last", () => {
  const rooms = useRooms();

  it("adopts the top items of a revealed final round with event, date, rank, dots and residents' quotes", () => {
    const r = rooms.start();
    const { event, noteIds } = listeningToFinalRound(r);
    const { candidates, priorities } = adoptTopThree(r, event.id);
    expect(candidates.neighbourhood?.name).toBe(HOOD);
    expect(priorities.map((p) => [p.title, p.rank, p.dots, p.adoptedOn, p.eventId])).toEqual([
      ["Safe streets", 1, 9, "2026-06-20", event.id],
      ["GP access", 2, 6, "2026-06-20", event.id],
      ["Young people", 3, 4, "2026-06-20", event.id],
    ]);
    expect(priorities[0]!.quotes.map((q) => [q.text, q.noteId])).toEqual([["The underpass is dark after six", noteIds["The underpass is dark after six"]]]);
    const thread = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: priorities[0]!.neighbourhoodId });
    expect(thread.neighbourhood.name).toBe(HOOD);
    expect(thread.events.map((e) => e.id)).toEqual([event.id]);
    expect(thread.priorities.map((p) => [p.priority.title, p.status])).toEqual([
      ["Safe streets", "not-started"],
      ["GP access", "not-started"],
      ["Young people", "not-started"],
    ]);
    expect(thread.priorities[0]!.timeline).toEqual([expect.objectContaining({ label: "Safe streets", notes: 2, dots: 9 })]);
    // The candidates now say which items are priorities.
    expect(callOk(r, FACILITATOR, "priorities.candidates", { eventId: event.id }).items.slice(0, 3).map((i) => i.adoptedAs)).toEqual(priorities.map((p) => p.id));
  });

  it("refuses an event without a final round or a neighbourhood, a quote from another event, and a second adoption of the same item", () => {
    const r = rooms.start();
    const bare = callOk(r, FACILITATOR, "events.create", { id: newId(), title: "No vote yet", neighbourhood: HOOD, date: "2026-05-01" });
    expect(refusal(call(r, FACILITATOR, "priorities.adopt", { eventId: bare.id, priorities: [{ id: newId(), itemId: newId() }] }))).toMatch(/revealed final round/);
    const { event, themeIds } = listeningToFinalRound(r);
    const stray = callOk(r, FACILITATOR, "notes.add", { id: newId(), eventId: bare.id, text: "elsewhere" });
    expect(refusal(call(r, FACILITATOR, "priorities.adopt", { eventId: event.id, priorities: [{ id: newId(), itemId: themeIds["GP access"]!, quoteNoteIds: [stray.id] }] }))).toMatch(
      /note of this event/,
    );
    callOk(r, FACILITATOR, "priorities.adopt", { eventId: event.id, priorities: [{ id: newId(), itemId: themeIds["GP access"]! }] });
    expect(refusal(call(r, FACILITATOR, "priorities.adopt", { eventId: event.id, priorities: [{ id: newId(), itemId: themeIds["GP access"]! }] }))).toMatch(/already a priority/);
    const orphan = callOk(r, FACILITATOR, "events.create", { id: newId(), title: "Nowhere", date: "2026-05-01" });
    expect(refusal(call(r, FACILITATOR, "priorities.adopt", { eventId: orphan.id, priorities: [{ id: newId(), itemId: newId() }] }))).toMatch(/no neighbourhood/);
  });

  it("is idempotent: a replayed command or the same record under the same id changes nothing; another record under that id is refused", () => {
    const r = rooms.start();
    const { event, themeIds } = listeningToFinalRound(r);
    const input = { eventId: event.id, priorities: [{ id: "priority-safe-streets", itemId: themeIds["Safe streets"]! }] };
    const commandId = newId();
    const first = callOk(r, FACILITATOR, "priorities.adopt", input, commandId);
    expect(callOk(r, FACILITATOR, "priorities.adopt", input, commandId)).toEqual(first);
    expect(callOk(r, FACILITATOR, "priorities.adopt", input)).toEqual(first); // another laptop replaying the same record
    const hood = hoodOf(r, event.id);
    const feedBefore = feedSince(r.db, { kind: "place", placeId: hood.id }, 0).length;
    const status = { id: "status-entry-0001", priorityId: "priority-safe-streets", status: "some-progress" as const, on: "2026-07-20" };
    callOk(r, FACILITATOR, "priorities.setStatus", status);
    callOk(r, FACILITATOR, "priorities.setStatus", status);
    expect(feedSince(r.db, { kind: "place", placeId: hood.id }, 0).length).toBe(feedBefore + 1);
    expect(refusal(call(r, FACILITATOR, "priorities.setStatus", { ...status, status: "met" }))).toMatch(/different status entry already has that id/);
  });

  it("keeps status as dated entries: the latest by its own date stands, whatever order the laptops sent them in", () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const [p] = adoptTopThree(r, event.id).priorities;
    callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: p!.id, status: "met", on: "2026-10-01", note: "Lights on in the underpass" });
    callOk(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: p!.id, status: "some-progress", on: "2026-08-01" }); // typed up late
    const view = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: p!.neighbourhoodId }).priorities[0]!;
    expect([view.status, view.statusOn]).toEqual(["met", "2026-10-01"]);
    expect(view.history.map((h) => h.status)).toEqual(["some-progress", "met"]);
    callOk(r, FACILITATOR, "priorities.update", { id: p!.id, lead: "Council lighting team", reviewOn: "2027-01-15" });
    const again = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: p!.neighbourhoodId }).priorities[0]!.priority;
    expect([again.lead, again.reviewOn]).toEqual(["Council lighting team", "2027-01-15"]);
    expect(refusal(call(r, FACILITATOR, "priorities.setStatus", { id: newId(), priorityId: p!.id, status: "done" as never, on: "2026-10-01" }))).toMatch(/status/);
    expect(refusal(call(r, FACILITATOR, "priorities.update", { id: p!.id, reviewOn: "2027-02-30" }))).toMatch(/does not exist/);
  });

  it("links a later event's theme and its actions (carried forward too) to a priority, with notes and dots each time", () => {
    const r = rooms.start();
    const first = listeningToFinalRound(r);
    const [safe] = adoptTopThree(r, first.event.id).priorities;
    const action = callOk(r, FACILITATOR, "actions.add", { id: newId(), eventId: first.event.id, text: "Ask the council to light the underpass", owner: "Residents' association" });
    callOk(r, FACILITATOR, "priorities.linkAction", { actionId: action.id, priorityId: safe!.id });
    callOk(r, FACILITATOR, "priorities.progress", { id: newId(), actionId: action.id, on: "2026-07-10", text: "Letter sent to the council", status: "in-progress" });
    const later = listeningToFinalRound(r, { date: "2026-11-14", title: "Elm Road autumn event", dots: [3, 7, 2, 1] });
    callOk(r, FACILITATOR, "priorities.linkTheme", { themeId: later.themeIds["Safe streets"]!, priorityId: safe!.id });
    const carried = callOk(r, FACILITATOR, "actions.carry", { id: newId(), fromActionId: action.id, toEventId: later.event.id });
    const view = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: safe!.neighbourhoodId }).priorities[0]!;
    expect(view.timeline.map((t) => [t.event.date, t.label, t.notes, t.dots])).toEqual([
      ["2026-06-20", "Safe streets", 2, 9],
      ["2026-11-14", "Safe streets", 2, 3],
    ]);
    expect(view.actions.map((a) => a.action.id)).toEqual([action.id, carried.id]);
    expect(view.actions[0]!.action.status).toBe("in-progress");
    expect(view.actions[0]!.progress.map((p) => p.text)).toEqual(["Letter sent to the council"]);
    const elsewhere = callOk(r, FACILITATOR, "events.create", { id: newId(), title: "Another estate", neighbourhood: "Brook House", date: "2026-11-20" });
    const t = newId();
    callOk(r, FACILITATOR, "themes.create", { id: t, eventId: elsewhere.id, title: "Lighting" });
    expect(refusal(call(r, FACILITATOR, "priorities.linkTheme", { themeId: t, priorityId: safe!.id }))).toMatch(/another neighbourhood/);
  });

  it("logs wins (with a small photo), measures with dated readings and experiments", () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const [safe] = adoptTopThree(r, event.id).priorities;
    const hood = safe!.neighbourhoodId;
    const photo = "data:image/png;base64,iVBORw0KGgo=";
    callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: hood, priorityId: safe!.id, on: "2026-09-01", text: "Walking group funded £2,000", photo });
    expect(refusal(call(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: hood, on: "2026-09-01", text: "Big", photo: `data:image/png;base64,${"A".repeat(400_000)}` }))).toMatch(/too large/);
    expect(refusal(call(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: hood, on: "2026-09-01", text: "Svg", photo: "data:image/svg+xml;base64,PHN2Zz4=" }))).toMatch(/JPEG, PNG or WebP/);
    const series = callOk(r, FACILITATOR, "measures.add", { id: newId(), neighbourhoodId: hood, priorityId: safe!.id, kind: "series", name: "A&E attendances", unit: "a month", source: "Population-health dashboard" });
    callOk(r, FACILITATOR, "measures.record", { id: newId(), measureId: series.id, on: "2026-09-30", value: 41 });
    callOk(r, FACILITATOR, "measures.record", { id: newId(), measureId: series.id, on: "2026-06-30", value: 57 });
    expect(refusal(call(r, FACILITATOR, "measures.record", { id: newId(), measureId: series.id, on: "2026-10-30" }))).toMatch(/needs a number/);
    callOk(r, FACILITATOR, "experiments.add", { id: "experiment-lights1", neighbourhoodId: hood, priorityId: safe!.id, eventId: event.id, title: "Lights on till 11", expect: "More people walk home through the park", watch: "Residents' count at the gate", reviewOn: "2026-10-01" });
    callOk(r, FACILITATOR, "experiments.observe", { id: "experiment-lights1", observed: "Twice as many people after dark" });
    const thread = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: hood });
    const view = thread.priorities[0]!;
    expect(view.wins.map((w) => [w.text, w.photo])).toEqual([["Walking group funded £2,000", photo]]);
    expect(view.measures[0]!.readings.map((x) => [x.on, x.value])).toEqual([["2026-06-30", 57], ["2026-09-30", 41]]);
    expect(thread.experiments.map((e) => [e.title, e.observed])).toEqual([["Lights on till 11", "Twice as many people after dark"]]);
  });

  it("is the facilitator's alone: phones, note-takers and the wall cannot write it, and phones see none of it in the feed", () => {
    const r = rooms.start();
    const { event, themeIds } = listeningToFinalRound(r);
    for (const actor of [phone(1), NOTETAKER, PROJECTOR]) {
      expect(call(r, actor, "priorities.adopt", { eventId: event.id, priorities: [{ id: newId(), itemId: themeIds["Safe streets"]! }] })).toMatchObject({ ok: false, error: { code: "forbidden" } });
      expect(call(r, actor, "neighbourhoods.thread", { id: newId() })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    const action = callOk(r, FACILITATOR, "actions.add", { id: newId(), eventId: event.id, text: "Light the underpass" });
    const seen: string[] = [];
    const sub = r.room.subscribe({ ...phone(1), eventId: event.id }, event.id, 0, (c) => seen.push(...c.upserts.map((u) => u.kind)));
    callOk(r, FACILITATOR, "priorities.progress", { id: newId(), actionId: action.id, on: "2026-07-10", text: "Letter sent" });
    if (sub.ok) sub.value();
    expect(seen).not.toContain("progress");
  });
});

describe("neighbourhoods and partnerships as records", () => {
  const rooms = useRooms();

  it("renames and merges two spellings of one estate without losing its events or priorities", () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    const [safe] = adoptTopThree(r, event.id).priorities;
    const typo = callOk(r, FACILITATOR, "events.create", { id: newId(), title: "Steering group", neighbourhood: "Elm Rd estate", date: "2026-07-01" });
    const typoHood = hoodOf(r, typo.id);
    const win = callOk(r, FACILITATOR, "wins.add", { id: newId(), neighbourhoodId: typoHood.id, on: "2026-07-02", text: "New bench at the bus stop" });
    const into = hoodOf(r, event.id);
    callOk(r, FACILITATOR, "neighbourhoods.merge", { id: typoHood.id, intoId: into.id });
    const thread = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: into.id });
    expect(thread.events.map((e) => e.id)).toEqual([event.id, typo.id]);
    expect(thread.wins.map((w) => w.id)).toEqual([win.id]);
    expect(thread.formerNames).toEqual(["Elm Rd estate"]);
    // The old spelling, used again (an archive, a typo), still leads home.
    const again = callOk(r, FACILITATOR, "events.create", { id: newId(), title: "Later", neighbourhood: "elm rd estate", date: "2026-12-01" });
    expect(hoodOf(r, again.id).id).toBe(into.id);
    // The old id leads home too.
    expect(callOk(r, FACILITATOR, "neighbourhoods.thread", { id: typoHood.id }).neighbourhood.id).toBe(into.id);

    callOk(r, FACILITATOR, "neighbourhoods.update", { id: into.id, name: "Elm Road" });
    const renamed = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: into.id });
    expect(renamed.neighbourhood.name).toBe("Elm Road");
    expect(renamed.priorities[0]!.priority.id).toBe(safe!.id);
    expect(renamed.formerNames.sort()).toEqual(["Elm Rd estate", HOOD].sort());
    expect(callOk(r, FACILITATOR, "events.list", {}).every((e) => e.neighbourhood === "Elm Road")).toBe(true);
    expect(callOk(r, FACILITATOR, "neighbourhoods.list", {})).toEqual(["Elm Road"]);
    // Back to the old spelling: allowed, the alias gives way.
    callOk(r, FACILITATOR, "neighbourhoods.update", { id: into.id, name: HOOD });
    expect(hoodOf(r, event.id).name).toBe(HOOD);
    const other = callOk(r, FACILITATOR, "neighbourhoods.create", { id: newId(), name: "Brook House" });
    expect(refusal(call(r, FACILITATOR, "neighbourhoods.update", { id: other.id, name: "elm road estate" }))).toMatch(/already exists/);
    expect(refusal(call(r, FACILITATOR, "neighbourhoods.merge", { id: other.id, intoId: other.id }))).toMatch(/itself/);
  });

  it("gathers a partnership's neighbourhoods, and merges partnerships", () => {
    const r = rooms.start();
    const { event } = listeningToFinalRound(r);
    adoptTopThree(r, event.id);
    const { partnership } = callOk(r, FACILITATOR, "neighbourhoods.ofEvent", { eventId: event.id });
    const brook = callOk(r, FACILITATOR, "neighbourhoods.create", { id: newId(), name: "Brook House", partnershipId: partnership!.id });
    const view = callOk(r, FACILITATOR, "partnerships.view", { id: partnership!.id });
    expect(view.neighbourhoods.map((n) => [n.neighbourhood.name, n.priorities, n.open]).sort()).toEqual([
      ["Brook House", 0, 0],
      [HOOD, 3, 3],
    ]);
    const other = callOk(r, FACILITATOR, "partnerships.create", { id: newId(), name: "North Elm Partnership Board" });
    callOk(r, FACILITATOR, "partnerships.merge", { id: partnership!.id, intoId: other.id });
    const merged = callOk(r, FACILITATOR, "partnerships.view", { id: other.id });
    expect(merged.neighbourhoods.map((n) => n.neighbourhood.id)).toContain(brook.id);
    expect(merged.events.map((e) => e.id)).toEqual([event.id]);
  });
});
