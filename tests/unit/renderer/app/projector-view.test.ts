import { describe, expect, it } from "vitest";
import { eventState, type Note, type Stage, type Theme } from "../../../../src/core";
import { anEvent } from "../../support/event-fixture";
import { note as aNote } from "../../support/voting";
import { chooseContent, raisedCount } from "../../../../src/renderer/app/choose-view";
import { gridFor } from "../../../../src/renderer/app/usePages";
import { noteId, themeId } from "../../support/ids";

const event = anEvent({ status: "live" });
const note = (id: string, over: Partial<Note> = {}): Note => aNote(id, { text: id, createdSeq: 2, updatedSeq: 2, position: 1, ...over });
const stage = (kind: Stage["kind"], privateWriting = false): Stage => ({
  id: "stage_0000001",
  eventId: event.id,
  position: 1,
  kind,
  title: "Stage",
  description: "",
  timerMinutes: null,
  privateWriting,
  createdSeq: 1,
  updatedSeq: 1,
});
const theme: Theme = { id: themeId("theme_000001"), eventId: event.id, title: "Transport", colour: "sky", position: 1, collapsed: false, deleted: false, createdSeq: 3, updatedSeq: 3 };
const screen = (over: object) => ({ id: event.id, eventId: event.id, view: "auto" as const, spotlight: null, contrast: "dark" as const, showJoin: true, updatedSeq: 9, ...over });

describe("chooseContent", () => {
  it("never shows deleted, merged-away or private notes on the wall", () => {
    const s = eventState(event, { note: [note("note_visible"), note("note_deleted", { deleted: true }), note("note_merged", { mergedInto: noteId("note_visible") }), note("note_private", { hidden: true })] }, 5);
    const c = chooseContent(s);
    expect(c.kind === "notes" && c.notes.map((n) => n.id)).toEqual(["note_visible"]);
    expect(raisedCount(s, "note_visible")).toBe(2);
  });
  it("follows the stage: themes while grouping, the stage itself while discussing", () => {
    const withStage = (kind: Stage["kind"]) => eventState({ ...event, currentStageId: "stage_0000001" }, { stage: [stage(kind)], theme: [theme], note: [note("note_a", { themeId: theme.id }), note("note_b")] }, 5);
    const grouped = chooseContent(withStage("group"));
    expect(grouped.kind).toBe("themes");
    if (grouped.kind === "themes") {
      expect(grouped.themes[0]?.notes.map((n) => n.id)).toEqual(["note_a"]);
      expect(grouped.unsorted.map((n) => n.id)).toEqual(["note_b"]);
    }
    expect(chooseContent(withStage("discuss")).kind).toBe("stage");
    expect(chooseContent(withStage("vote")).kind).toBe("results");
  });
  it("hides the board during private writing, saying how many notes wait", () => {
    const s = eventState({ ...event, currentStageId: "stage_0000001" }, { stage: [stage("capture", true)], note: [note("note_a", { hidden: true }), note("note_b", { hidden: true })] }, 5);
    expect(chooseContent(s)).toEqual({ kind: "private", written: 2 });
  });
  it("puts a spotlit note on its own, but never a private one", () => {
    const s = eventState(event, { note: [note("note_a"), note("note_b", { hidden: true })], screen: [screen({ spotlight: { kind: "note", id: "note_a" } })] }, 5);
    expect(chooseContent(s)).toMatchObject({ kind: "spotlight-note", note: { id: "note_a" }, raised: 1 });
    const hidden = eventState(event, { note: [note("note_b", { hidden: true })], screen: [screen({ spotlight: { kind: "note", id: "note_b" } })] }, 5);
    expect(chooseContent(hidden).kind).toBe("notes");
  });
  it("blank wins over everything", () => {
    const s = eventState(event, { note: [note("note_a")], screen: [screen({ view: "blank", spotlight: { kind: "note", id: "note_a" } })] }, 5);
    expect(chooseContent(s)).toEqual({ kind: "blank" });
  });
});

describe("gridFor", () => {
  it("keeps the same cards on a 1280×720 wall as on 1920×1080, only scaled", () => {
    expect(gridFor(1920, 1080)).toEqual(gridFor(1280, 720));
  });
  it("adds pages rather than columns when the wall is small", () => {
    const { columns, rows } = gridFor(1920, 1080);
    expect(columns * rows).toBeLessThanOrEqual(16);
    expect(columns * rows).toBeGreaterThanOrEqual(6);
  });
});
