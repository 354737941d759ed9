import { describe, expect, it } from "vitest";
import { boardView, matchesFilter, NO_FILTER, positionAt, positionBetween, raisedCount, tableLabels, type Theme } from "../../../src/core";
import { sampleNote, sampleTheme } from "../support/entities";
import { noteId, themeId } from "../support/ids";

const note = sampleNote;
const theme = (id: string, position: number, over: Partial<Theme> = {}): Theme => sampleTheme(id, { position, ...over });

describe("boardView", () => {
  it("groups notes by theme in position order and leaves out deleted, merged and private ones", () => {
    const notes = [
      note("n_unsorted2", { position: 9 }),
      note("n_unsorted1", { position: 2 }),
      note("n_in_t1_b", { themeId: themeId("t1"), position: 2 }),
      note("n_in_t1_a", { themeId: themeId("t1"), position: 1 }),
      note("n_deleted", { deleted: true }),
      note("n_private", { hidden: true }),
      note("n_dup", { mergedInto: noteId("n_in_t1_a"), createdSeq: 5 }),
      note("n_in_gone", { themeId: themeId("t_gone"), position: 0 }),
    ];
    const v = boardView(notes, [theme("t2", 2), theme("t1", 1), theme("t_gone", 0, { deleted: true })]);
    expect(v.unsorted.map((n) => n.id)).toEqual(["n_in_gone", "n_unsorted1", "n_unsorted2"]);
    expect(v.themes.map((t) => [t.theme.id, t.notes.map((n) => n.id)])).toEqual([["t1", ["n_in_t1_a", "n_in_t1_b"]], ["t2", []]]);
    expect(raisedCount(v, "n_in_t1_a")).toBe(2);
    expect(raisedCount(v, "n_unsorted1")).toBe(1);
  });
});

describe("positions", () => {
  it("puts a note between neighbours, or before the first, or after the last", () => {
    expect(positionBetween(1, 2)).toBe(1.5);
    expect(positionBetween(undefined, 2)).toBe(1);
    expect(positionBetween(4, undefined)).toBe(5);
    expect(positionBetween(undefined, undefined)).toBe(1);
    const list = [{ id: "a", position: 1 }, { id: "b", position: 2 }, { id: "c", position: 3 }];
    expect(positionAt(list, 0)).toBe(0);
    expect(positionAt(list, 1)).toBe(1.5);
    expect(positionAt(list, 3)).toBe(4);
    // Moving "a" to just before "c" leaves "a" out of the count.
    expect(positionAt(list, 1, "a")).toBe(2.5);
  });
});

describe("matchesFilter", () => {
  const n = note("n1", { text: "Café closed — buses stop at 6pm", table: "B", promptId: "p1", themeId: themeId("t1") });
  it("filters by prompt, theme, table and words, ignoring case and accents", () => {
    expect(matchesFilter(n, NO_FILTER)).toBe(true);
    expect(matchesFilter(n, { ...NO_FILTER, text: "cafe BUSES" })).toBe(true);
    expect(matchesFilter(n, { ...NO_FILTER, text: "cafe trains" })).toBe(false);
    expect(matchesFilter(n, { ...NO_FILTER, promptId: "p1" })).toBe(true);
    expect(matchesFilter(n, { ...NO_FILTER, promptId: "none" })).toBe(false);
    expect(matchesFilter(note("n2"), { ...NO_FILTER, promptId: "none", themeId: "unsorted" })).toBe(true);
    expect(matchesFilter(n, { ...NO_FILTER, themeId: "unsorted" })).toBe(false);
    expect(matchesFilter(n, { ...NO_FILTER, table: "B" })).toBe(true);
    expect(matchesFilter(n, { ...NO_FILTER, table: "" })).toBe(false);
  });
  it("finds words in Arabic and Urdu, and in merged duplicates", () => {
    expect(matchesFilter(note("n3", { text: "لا توجد إضاءة في الحديقة" }), { ...NO_FILTER, text: "الحديقة" })).toBe(true);
    expect(matchesFilter(note("n4", { text: "بچوں کے لیے جگہ نہیں" }), { ...NO_FILTER, text: "بچوں" })).toBe(true);
    expect(matchesFilter(note("n5", { text: "Buses" }), { ...NO_FILTER, text: "sunday" }, [note("n6", { text: "No bus on Sunday" })])).toBe(true);
  });
  it("lists the table labels in use", () => {
    expect(tableLabels([note("a", { table: "B" }), note("b", { table: "A" }), note("c", { table: "B" }), note("d")])).toEqual(["A", "B"]);
  });
});
