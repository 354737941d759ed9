import { describe, expect, it } from "vitest";
import { boardView, raisedCount, type Note } from "../../../src/core";
import { newId } from "../../../src/api";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { addNotes, addPrompt } from "../support/board-fixture";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const NOTETAKER: Actor = { deviceId: "laptop-table-b", role: "notetaker" };
const PHONE: Actor = { deviceId: "phone-17", role: "participant" };
const changes = (db: { prepare(sql: string): { get(): unknown } }) => (db.prepare(`SELECT COUNT(*) AS n FROM change`).get() as { n: number }).n;

function setup() {
  const rooms = useRooms();
  return () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const snapshot = () => callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id });
    const view = () => {
      const s = snapshot();
      return boardView(s.note, s.theme);
    };
    const refuse = (actor: Actor, method: string, input: unknown) => {
      const before = changes(r.db);
      const res = r.room.call(actor, { method, input, commandId: newId() });
      if (res.ok) throw new Error(`${method} was accepted`);
      expect(changes(r.db), `${method} changed nothing`).toBe(before);
      return res.error;
    };
    return { r, event, snapshot, view, refuse };
  };
}

describe("themes and moves", () => {
  const start = setup();

  it("creates a theme from two notes, renames, recolours, reorders, collapses and deletes it", () => {
    const { r, event, view } = start();
    const [a, b, c] = addNotes(r, FACILITATOR, event.id, ["Buses stop at 6pm", "No bus on Sundays", "Park is dark"]);
    const made = callOk(r, FACILITATOR, "themes.create", { id: "theme_transport", eventId: event.id, title: "Transport", noteIds: [a!, b!] });
    expect(made.themes[0]).toMatchObject({ title: "Transport", colour: "sand", position: 1 });
    expect(made.notes.map((n) => [n.id, n.themeId, n.position])).toEqual([[a, "theme_transport", 1], [b, "theme_transport", 2]]);
    callOk(r, FACILITATOR, "themes.create", { id: "theme_safety0", eventId: event.id, title: "Safety" });
    expect(view().themes.map((t) => [t.theme.title, t.theme.colour, t.notes.length])).toEqual([["Transport", "sand", 2], ["Safety", "sky", 0]]);

    callOk(r, FACILITATOR, "themes.update", { eventId: event.id, id: "theme_transport", title: "Getting about", colour: "leaf", position: 3, collapsed: true });
    expect(view().themes.map((t) => [t.theme.title, t.theme.colour, t.theme.collapsed])).toEqual([["Safety", "sky", false], ["Getting about", "leaf", true]]);

    callOk(r, FACILITATOR, "notes.move", { eventId: event.id, moves: [{ id: c!, themeId: "theme_safety0", position: 1 }] });
    const deleted = callOk(r, FACILITATOR, "themes.delete", { eventId: event.id, id: "theme_transport" });
    expect(deleted.notes.map((n) => n.themeId)).toEqual([null, null]);
    const v = view();
    expect(v.themes.map((t) => t.theme.title)).toEqual(["Safety"]);
    expect(v.unsorted.map((n) => n.id)).toEqual([a, b]);
  });

  it("orders conflicting moves as the room received them: the last one wins", () => {
    const { r, event, view } = start();
    const [a] = addNotes(r, FACILITATOR, event.id, ["Lifts broken"]);
    callOk(r, FACILITATOR, "themes.create", { id: "theme_housing", eventId: event.id, title: "Housing" });
    callOk(r, FACILITATOR, "themes.create", { id: "theme_health0", eventId: event.id, title: "Health" });
    callOk(r, FACILITATOR, "notes.move", { eventId: event.id, moves: [{ id: a!, themeId: "theme_housing", position: 1 }] });
    callOk(r, NOTETAKER, "notes.move", { eventId: event.id, moves: [{ id: a!, themeId: "theme_health0", position: 1 }] });
    expect(view().themes.map((t) => t.notes.map((n) => n.text))).toEqual([[], ["Lifts broken"]]);
  });

  it("edits a note in place and deletes it softly", () => {
    const { r, event, snapshot } = start();
    const prompt = addPrompt(r, event.id, null, "What matters to you?");
    const [a] = addNotes(r, FACILITATOR, event.id, ["Lifts broken"]);
    const edited = callOk(r, FACILITATOR, "notes.edit", { eventId: event.id, id: a!, text: "  Lifts broken again ", table: "C", lang: "en", promptId: prompt.id });
    expect(edited.notes[0]).toMatchObject({ text: "Lifts broken again", table: "C", lang: "en", promptId: prompt.id });
    // Nothing different: no change in the feed.
    expect(callOk(r, FACILITATOR, "notes.edit", { eventId: event.id, id: a!, text: "Lifts broken again" }).notes).toEqual([]);
    callOk(r, FACILITATOR, "notes.delete", { eventId: event.id, ids: [a!] });
    expect(snapshot().note[0]).toMatchObject({ id: a, deleted: true, text: "Lifts broken again" });
  });

  it("refuses bad board commands with a clear message and changes nothing", () => {
    const { r, event, refuse } = start();
    const [a, b] = addNotes(r, FACILITATOR, event.id, ["one", "two"]);
    callOk(r, FACILITATOR, "themes.create", { id: "theme_gone000", eventId: event.id, title: "Gone" });
    callOk(r, FACILITATOR, "themes.delete", { eventId: event.id, id: "theme_gone000" });
    const other = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Another event" }));
    const [foreign] = addNotes(r, FACILITATOR, other.id, ["elsewhere"]);
    const cases: [Actor, string, unknown, string, RegExp][] = [
      [FACILITATOR, "notes.move", { eventId: event.id, moves: [{ id: a, themeId: "theme_gone000", position: 1 }] }, "conflict", /theme was deleted/],
      [FACILITATOR, "notes.move", { eventId: event.id, moves: [{ id: a, themeId: "theme_missing", position: 1 }] }, "not_found", /theme does not exist/],
      [FACILITATOR, "notes.move", { eventId: event.id, moves: [{ id: foreign, themeId: null, position: 1 }] }, "not_found", /note does not exist/],
      [FACILITATOR, "notes.move", { eventId: event.id, moves: [{ id: a, themeId: null, position: Number.POSITIVE_INFINITY }] }, "invalid_input", /position/],
      [FACILITATOR, "notes.move", { eventId: event.id, moves: [{ id: a, themeId: null, position: 1 }, { id: a, themeId: null, position: 2 }] }, "invalid_input", /moved twice/],
      [FACILITATOR, "notes.edit", { eventId: event.id, id: a }, "invalid_input", /Nothing to change/],
      [FACILITATOR, "notes.edit", { eventId: event.id, id: a, text: "x".repeat(501) }, "invalid_input", /too long/],
      [FACILITATOR, "notes.edit", { eventId: event.id, id: a, lang: "not a language" }, "invalid_input", /language/],
      [FACILITATOR, "notes.edit", { eventId: event.id, id: a, author: "forged" }, "invalid_input", /author/],
      [FACILITATOR, "notes.edit", { eventId: event.id, id: a, promptId: "prompt_missing" }, "not_found", /prompt/],
      [FACILITATOR, "notes.merge", { eventId: event.id, targetId: a, sourceIds: [a] }, "invalid_input", /itself/],
      [FACILITATOR, "notes.merge", { eventId: event.id, targetId: a, sourceIds: [b, b] }, "invalid_input", /twice/],
      [FACILITATOR, "notes.unmerge", { eventId: event.id, id: a }, "conflict", /no merged duplicates/],
      [FACILITATOR, "themes.create", { id: "theme_x000000", eventId: event.id, title: "   " }, "invalid_input", /empty/],
      [FACILITATOR, "themes.create", { id: "theme_x000000", eventId: event.id, title: "T", colour: "#ff0000" }, "invalid_input", /colour/],
      [FACILITATOR, "themes.update", { eventId: event.id, id: "theme_gone000", title: "Back" }, "conflict", /deleted/],
      [FACILITATOR, "themes.delete", { eventId: "evt_missing00", id: "theme_gone000" }, "not_found", /event/],
      [NOTETAKER, "notes.reveal", { eventId: event.id }, "forbidden", /not allowed/],
      [PHONE, "notes.move", { eventId: event.id, moves: [{ id: a, themeId: null, position: 1 }] }, "forbidden", /not allowed/],
      [PHONE, "themes.create", { id: "theme_phone00", eventId: event.id, title: "Mine" }, "forbidden", /not allowed/],
    ];
    for (const [actor, method, input, code, message] of cases) {
      const error = refuse(actor, method, input);
      expect([method, error.code], error.message).toEqual([method, code]);
      expect(error.message).toMatch(message);
    }
  });
});

describe("merging duplicates", () => {
  const start = setup();

  it("keeps every original behind the survivor, raised N times, and unmerges them beside it", () => {
    const { r, event, view, snapshot } = start();
    const [a, b, c, d] = addNotes(r, FACILITATOR, event.id, ["Buses stop at 6pm", "No buses after six", "Last bus too early", "Park is dark"]);
    callOk(r, FACILITATOR, "notes.edit", { eventId: event.id, id: c!, table: "D" });
    callOk(r, FACILITATOR, "themes.create", { id: "theme_transport", eventId: event.id, title: "Transport", noteIds: [a!, d!] });
    callOk(r, FACILITATOR, "notes.merge", { eventId: event.id, targetId: b!, sourceIds: [c!] });
    // Merging a note that already has a duplicate passes the duplicate on: one survivor, three raised.
    const merged = callOk(r, FACILITATOR, "notes.merge", { eventId: event.id, targetId: a!, sourceIds: [b!] });
    expect(merged.notes.map((n) => [n.id, n.mergedInto])).toEqual([[c, a], [b, a]]);
    let v = view();
    expect(raisedCount(v, a!)).toBe(3);
    expect(v.originals.get(a!)?.map((n) => [n.text, n.table])).toEqual([["No buses after six", ""], ["Last bus too early", "D"]]);
    expect(v.unsorted).toEqual([]);
    expect(v.themes[0]!.notes.map((n) => n.id)).toEqual([a, d]);
    // The originals are kept in the store, each with the link votes will follow.
    expect(snapshot().note.filter((n: Note) => n.mergedInto === a).length).toBe(2);

    callOk(r, FACILITATOR, "notes.unmerge", { eventId: event.id, id: a! });
    v = view();
    expect(raisedCount(v, a!)).toBe(1);
    expect(v.themes[0]!.notes.map((n) => n.text)).toEqual(["Buses stop at 6pm", "No buses after six", "Last bus too early", "Park is dark"]);
    expect(v.themes[0]!.notes[2]!.table).toBe("D");
  });

  it("refuses to merge a deleted or already merged note", () => {
    const { r, event, refuse } = start();
    const [a, b, c] = addNotes(r, FACILITATOR, event.id, ["one", "two", "three"]);
    callOk(r, FACILITATOR, "notes.merge", { eventId: event.id, targetId: a!, sourceIds: [b!] });
    expect(refuse(FACILITATOR, "notes.merge", { eventId: event.id, targetId: c, sourceIds: [b] }).message).toMatch(/merged into another/);
    expect(refuse(FACILITATOR, "notes.merge", { eventId: event.id, targetId: b, sourceIds: [c] }).message).toMatch(/merged into another/);
    callOk(r, FACILITATOR, "notes.delete", { eventId: event.id, ids: [c!] });
    expect(refuse(FACILITATOR, "notes.merge", { eventId: event.id, targetId: a, sourceIds: [c] }).message).toMatch(/deleted/);
    expect(refuse(FACILITATOR, "notes.edit", { eventId: event.id, id: b, text: "edited" }).message).toMatch(/unmerge it/);
  });
});

describe("undo through board.restore", () => {
  const start = setup();

  it("puts fields back where the entity still holds what the caller left, and skips what others changed since", () => {
    const { r, event, snapshot } = start();
    const [a, b] = addNotes(r, FACILITATOR, event.id, ["one", "two"]);
    callOk(r, FACILITATOR, "themes.create", { id: "theme_first00", eventId: event.id, title: "First" });
    callOk(r, FACILITATOR, "notes.move", { eventId: event.id, moves: [{ id: a!, themeId: "theme_first00", position: 1 }, { id: b!, themeId: "theme_first00", position: 2 }] });
    // Someone else moves b on.
    callOk(r, NOTETAKER, "notes.move", { eventId: event.id, moves: [{ id: b!, themeId: null, position: 9 }] });
    const undo = callOk(r, FACILITATOR, "board.restore", {
      eventId: event.id,
      entities: [
        { kind: "note", id: a!, expect: { themeId: "theme_first00", position: 1 }, set: { themeId: null, position: 2 } },
        { kind: "note", id: b!, expect: { themeId: "theme_first00", position: 2 }, set: { themeId: null, position: 3 } },
      ],
    });
    expect(undo.notes.map((n) => n.id)).toEqual([a]);
    expect(undo.skipped).toEqual([{ kind: "note", id: b, reason: "someone else changed it since" }]);
    expect(snapshot().note.find((n) => n.id === b)).toMatchObject({ themeId: null, position: 9 });
  });

  it("skips a restore into a theme deleted since, and refuses a restore of fields the client may not set", () => {
    const { r, event, refuse } = start();
    const [a] = addNotes(r, FACILITATOR, event.id, ["one"]);
    callOk(r, FACILITATOR, "themes.create", { id: "theme_first00", eventId: event.id, title: "First" });
    callOk(r, NOTETAKER, "themes.delete", { eventId: event.id, id: "theme_first00" });
    const res = callOk(r, FACILITATOR, "board.restore", {
      eventId: event.id,
      entities: [{ kind: "note", id: a!, expect: { themeId: null }, set: { themeId: "theme_first00" } }],
    });
    expect(res.skipped).toEqual([{ kind: "note", id: a, reason: "that theme was deleted" }]);
    for (const set of [{ hidden: false }, { author: "someone" }, { eventId: "evt_other000" }, { text: "" }, { themeId: "not an id!" }])
      expect(refuse(FACILITATOR, "board.restore", { eventId: event.id, entities: [{ kind: "note", id: a, expect: {}, set }] }).code).toBe("invalid_input");
    // Expectations name only fields undo may restore.
    expect(refuse(FACILITATOR, "board.restore", { eventId: event.id, entities: [{ kind: "note", id: a, expect: { hidden: false }, set: { deleted: true } }] }).code).toBe("invalid_input");
  });
});
