import { describe, expect, it } from "vitest";
import {
  describeSkipped,
  EMPTY_STACKS,
  hasFields,
  peekStep,
  pushStep,
  restoresFor,
  settleStep,
  stepFromResult,
  UNDO_LIMIT,
  type BoardBefore,
  type Note,
  type RestoreEntity,
  type Theme,
  type UndoStacks,
} from "../../../src/core";
import { sampleNote, sampleTheme } from "../support/entities";
import { noteId, themeId } from "../support/ids";

const note = sampleNote;
const theme = (id: string, over: Partial<Theme> = {}): Theme => sampleTheme(id, { title: "Transport", createdSeq: 2, updatedSeq: 2, ...over });
const board = (notes: Note[], themes: Theme[] = []): BoardBefore => ({ note: new Map(notes.map((n) => [n.id, n])), theme: new Map(themes.map((t) => [t.id, t])) });

/** A tiny room: applies restores the way board.restore does, to check the stacks end to end. */
function applyRestores(store: Map<string, Note | Theme>, restores: RestoreEntity[]) {
  const skipped: { kind: "note" | "theme"; id: string; reason: string }[] = [];
  for (const r of restores) {
    const current = store.get(r.id)!;
    if (!hasFields(current, r.expect)) skipped.push({ kind: r.kind, id: r.id, reason: "changed" });
    else store.set(r.id, { ...current, ...r.set } as Note | Theme);
  }
  return skipped;
}

describe("stepFromResult", () => {
  it("records only the fields a command changed, before and after", () => {
    const before = board([note("note_aaaaaaaa", { themeId: null, position: 5, text: "keep" })]);
    const step = stepFromResult("s1", "Move a note", before, { notes: [note("note_aaaaaaaa", { themeId: themeId("theme_1234567"), position: 2, text: "keep", updatedSeq: 9 })], themes: [] });
    expect(step?.edits).toEqual([{ kind: "note", id: "note_aaaaaaaa", before: { themeId: null, position: 5 }, after: { themeId: "theme_1234567", position: 2 } }]);
  });

  it("treats an entity it did not have as created: undo deletes it only while it is as created", () => {
    const step = stepFromResult("s1", "New theme", board([]), { notes: [], themes: [theme("theme_1234567")] })!;
    expect(step.edits[0]).toMatchObject({ before: { deleted: true }, after: { title: "Transport", deleted: false, colour: "sand" } });
    expect(restoresFor(step, "undo")[0]).toMatchObject({ expect: { title: "Transport", deleted: false }, set: { deleted: true } });
  });

  it("returns null when nothing changed (a replayed command)", () => {
    const n = note("note_aaaaaaaa");
    expect(stepFromResult("s1", "Move", board([n]), { notes: [{ ...n, updatedSeq: 5 }], themes: [] })).toBeNull();
    expect(pushStep(EMPTY_STACKS, null)).toBe(EMPTY_STACKS);
  });
});

describe("undo stacks", () => {
  it("undoes and redoes a step, themes before notes, moving it between the stacks", () => {
    const store = new Map<string, Note | Theme>([["note_aaaaaaaa", note("note_aaaaaaaa", { themeId: null })]]);
    // Delete theme T: the theme is marked deleted and its note goes back to unsorted.
    const before = board([note("note_aaaaaaaa", { themeId: themeId("theme_1234567") })], [theme("theme_1234567")]);
    const step = stepFromResult("s1", "Delete theme", before, { notes: [note("note_aaaaaaaa", { themeId: null })], themes: [theme("theme_1234567", { deleted: true })] })!;
    store.set("theme_1234567", theme("theme_1234567", { deleted: true }));
    let stacks = pushStep(EMPTY_STACKS, step);
    const undo = restoresFor(peekStep(stacks, "undo")!, "undo");
    expect(undo.map((r) => r.kind)).toEqual(["theme", "note"]);
    const skipped = applyRestores(store, undo);
    stacks = settleStep(stacks, "undo", step, skipped);
    expect(store.get("theme_1234567")).toMatchObject({ deleted: false });
    expect(store.get("note_aaaaaaaa")).toMatchObject({ themeId: "theme_1234567" });
    expect([stacks.undo.length, stacks.redo.length]).toEqual([0, 1]);

    const redo = restoresFor(peekStep(stacks, "redo")!, "redo");
    stacks = settleStep(stacks, "redo", stacks.redo[0]!, applyRestores(store, redo));
    expect(store.get("theme_1234567")).toMatchObject({ deleted: true });
    expect(store.get("note_aaaaaaaa")).toMatchObject({ themeId: null });
    expect([stacks.undo.length, stacks.redo.length]).toEqual([1, 0]);
  });

  it("never reverts another person's later change: that entity is skipped and dropped from the step", () => {
    const store = new Map<string, Note | Theme>();
    const step = stepFromResult("s1", "Move 2 notes", board([note("note_aaaaaaaa"), note("note_bbbbbbbb")]), {
      notes: [note("note_aaaaaaaa", { position: 3 }), note("note_bbbbbbbb", { position: 4 })],
      themes: [],
    })!;
    store.set("note_aaaaaaaa", note("note_aaaaaaaa", { position: 3 }));
    store.set("note_bbbbbbbb", note("note_bbbbbbbb", { position: 40 })); // moved on by someone else
    let stacks = pushStep(EMPTY_STACKS, step);
    const skipped = applyRestores(store, restoresFor(step, "undo"));
    expect(skipped.map((s) => s.id)).toEqual(["note_bbbbbbbb"]);
    expect(store.get("note_bbbbbbbb")).toMatchObject({ position: 40 });
    expect(store.get("note_aaaaaaaa")).toMatchObject({ position: 1 });
    stacks = settleStep(stacks, "undo", step, skipped);
    expect(stacks.redo[0]!.edits.map((e) => e.id)).toEqual(["note_aaaaaaaa"]);
    expect(describeSkipped("undo", skipped)).toBe("Not undone for 1 note: someone else changed it since. Their change was kept.");
    expect(describeSkipped("undo", [])).toBeNull();
  });

  it("lets a named step be undone from inside the stack (the toast's Undo), and a new step clears redo", () => {
    const s = (id: string) => ({ id, label: id, edits: [{ kind: "note" as const, id: noteId("note_aaaaaaaa"), before: { deleted: false }, after: { deleted: true } }] });
    let stacks: UndoStacks = pushStep(pushStep(EMPTY_STACKS, s("one")), s("two"));
    expect(peekStep(stacks, "undo")?.id).toBe("two");
    expect(peekStep(stacks, "undo", "one")?.id).toBe("one");
    stacks = settleStep(stacks, "undo", s("one"), []);
    expect(stacks.undo.map((x) => x.id)).toEqual(["two"]);
    expect(stacks.redo.map((x) => x.id)).toEqual(["one"]);
    stacks = pushStep(stacks, s("three"));
    expect(stacks.redo).toEqual([]);
  });

  it(`keeps at most ${UNDO_LIMIT} steps`, () => {
    let stacks = EMPTY_STACKS;
    for (let i = 0; i < UNDO_LIMIT + 5; i++) stacks = pushStep(stacks, { id: `s${i}`, label: "", edits: [] });
    expect(stacks.undo).toHaveLength(UNDO_LIMIT);
    expect(stacks.undo[0]!.id).toBe("s5");
  });
});
