import { describe, expect, it } from "vitest";
import {
  applyBallotOp,
  ballotProblem,
  dotList,
  itemsInScope,
  resolveDots,
  resolveItem,
  roundSettingsProblem,
  suggestDotBudget,
  votingClosedMessage,
  votingClosedReason,
  votingNow,
  currentRound,
} from "../../../../src/core";
import { lookupOf, note, round, theme } from "../../support/voting";
import { noteId, roundId, themeId } from "../../support/ids";

describe("suggestDotBudget", () => {
  it("suggests about a third of the items, rounded down, at least 1 and at most 20", () => {
    const cases: [number, number][] = [[0, 1], [1, 1], [2, 1], [3, 1], [5, 1], [6, 2], [14, 4], [15, 5], [60, 20], [61, 20], [75, 20], [200, 20]];
    for (const [items, dots] of cases) expect(suggestDotBudget(items).dots, `${items} items`).toBe(dots);
  });
  it("explains itself in one sentence", () => {
    for (const n of [0, 2, 14, 75]) {
      const { explanation } = suggestDotBudget(n);
      expect(explanation).toMatch(/^[A-Z][^.]*\.$/);
    }
    expect(suggestDotBudget(14).explanation).toBe("With 14 items, about a third, rounded down, is 4 dots per person.");
    expect(suggestDotBudget(75).explanation).toContain("a third would be 25 dots, so 20");
  });
});

describe("applyBallotOp", () => {
  const caps = { dotsPerVoter: 3, maxPerItem: 2 };
  const apply = (dots: Record<string, number>, op: Parameters<typeof applyBallotOp>[2], c = caps) => applyBallotOp(c, new Map(Object.entries(dots)), op);

  it("adds, removes and sets dots within the caps", () => {
    const added = apply({ a: 1 }, { op: "add", itemId: "a" });
    expect(added.ok && dotList(added.dots)).toEqual([{ itemId: "a", dots: 2 }]);
    const removed = apply({ a: 1, b: 1 }, { op: "remove", itemId: "a" });
    expect(removed.ok && dotList(removed.dots)).toEqual([{ itemId: "b", dots: 1 }]);
    const set = apply({ a: 2 }, { op: "set", itemId: "b", dots: 1 });
    expect(set.ok && dotList(set.dots)).toEqual([{ itemId: "a", dots: 2 }, { itemId: "b", dots: 1 }]);
    const lowered = apply({ a: 2, b: 1 }, { op: "set", itemId: "a", dots: 0 });
    expect(lowered.ok && dotList(lowered.dots)).toEqual([{ itemId: "b", dots: 1 }]);
  });

  it("refuses past the dots per voter, the per-item cap, or below zero, with a message for the phone", () => {
    expect(apply({ a: 2, b: 1 }, { op: "add", itemId: "c" })).toEqual({
      ok: false,
      reason: "budget",
      message: "You have placed all 3 of your dots. Take one off another item to move it.",
    });
    expect(apply({ a: 2 }, { op: "add", itemId: "a" })).toEqual({ ok: false, reason: "perItem", message: "You can put at most 2 dots on one item." });
    expect(apply({ a: 1 }, { op: "add", itemId: "a" }, { dotsPerVoter: 3, maxPerItem: 1 })).toEqual({
      ok: false,
      reason: "perItem",
      message: "You already have a dot on this item: one dot per item in this round.",
    });
    expect(apply({}, { op: "remove", itemId: "a" })).toEqual({ ok: false, reason: "noDot", message: "You have no dot on this item to take off." });
    expect(apply({ a: 2 }, { op: "set", itemId: "b", dots: 2 })).toEqual({ ok: false, reason: "budget", message: "That would make 4 dots; you have 3 in this round." });
  });
});

describe("ballotProblem", () => {
  it("checks a whole ballot's items and both caps", () => {
    const caps = { dotsPerVoter: 3, maxPerItem: 2 };
    const isItem = (id: string) => id !== "x";
    expect(ballotProblem(caps, new Map([["a", 2], ["b", 1]]), isItem)).toBeNull();
    expect(ballotProblem(caps, new Map([["x", 1]]), isItem)).toMatch(/not part of this round/);
    expect(ballotProblem(caps, new Map([["a", 3]]), isItem)).toMatch(/at most 2 dots on one item/);
    expect(ballotProblem(caps, new Map([["a", 2], ["b", 2]]), isItem)).toBe("That is 4 dots; each person has 3 dots in this round.");
  });
});

describe("merges", () => {
  const notes = [note("note_aaaa"), note("note_bbbb", { mergedInto: noteId("note_aaaa") }), note("note_cccc", { mergedInto: noteId("note_bbbb") }), note("note_dddd", { deleted: true })];
  const lookup = lookupOf(notes);
  it("resolve a note through a chain of merges, and a removed one to nothing", () => {
    expect(resolveItem("notes", "note_cccc", lookup)).toBe("note_aaaa");
    expect(resolveItem("notes", "note_dddd", lookup)).toBeNull();
    expect(resolveItem("notes", "note_none", lookup)).toBeNull();
  });
  it("survive a merge cycle in bad data", () => {
    const cyclic = lookupOf([note("note_aaaa", { mergedInto: noteId("note_bbbb") }), note("note_bbbb", { mergedInto: noteId("note_aaaa") })]);
    expect(resolveItem("notes", "note_aaaa", cyclic)).toBeNull();
  });
  it("fold a ballot's dots into the survivor", () => {
    const folded = resolveDots(new Map([["note_aaaa", 1], ["note_cccc", 2], ["note_dddd", 1]]), (id) => resolveItem("notes", id, lookup));
    expect([...folded]).toEqual([["note_aaaa", 3]]);
  });
});

describe("itemsInScope", () => {
  const themes = [theme("theme_bbb2", { position: 2 }), theme("theme_aaa1", { position: 1 }), theme("theme_ccc3", { deleted: true })];
  const notes = [
    note("note_aaaa", { themeId: themeId("theme_aaa1"), position: 3 }),
    note("note_bbbb", { promptId: "prompt_001", position: 1 }),
    note("note_cccc", { themeId: themeId("theme_bbb2"), position: 2 }),
    note("note_dddd", { themeId: themeId("theme_aaa1"), mergedInto: noteId("note_aaaa") }),
    note("note_eeee", { hidden: true }),
  ];
  it("covers all live themes, or the chosen ones, in board order", () => {
    expect(itemsInScope("themes", { themeIds: [], promptIds: [] }, { notes, themes })).toEqual(["theme_aaa1", "theme_bbb2"]);
    expect(itemsInScope("themes", { themeIds: ["theme_bbb2"], promptIds: [] }, { notes, themes })).toEqual(["theme_bbb2"]);
  });
  it("covers the live notes under the chosen themes or prompts, or every live note", () => {
    expect(itemsInScope("notes", { themeIds: [], promptIds: [] }, { notes, themes })).toEqual(["note_bbbb", "note_cccc", "note_aaaa"]);
    expect(itemsInScope("notes", { themeIds: ["theme_aaa1"], promptIds: ["prompt_001"] }, { notes, themes })).toEqual(["note_bbbb", "note_aaaa"]);
  });
});

describe("round rules", () => {
  it("refuses settings that cannot work, in words", () => {
    expect(roundSettingsProblem({ dotsPerVoter: 3, maxPerItem: 2 })).toBeNull();
    expect(roundSettingsProblem({ dotsPerVoter: 2, maxPerItem: 3 })).toMatch(/cannot be more than the dots each person has/);
    expect(roundSettingsProblem({ dotsPerVoter: 5, maxPerItem: 1 }, 4)).toBe("With 4 items and at most 1 dot on each, a person can place only 4 dots, not 5.");
    expect(roundSettingsProblem({ dotsPerVoter: 1, maxPerItem: 1 }, 1)).toMatch(/at least 2 items/);
  });
  it("say why voting is not open, including when the timer has run out", () => {
    const now = 1_000_000;
    expect(votingClosedMessage({ status: "draft", timer: null }, now)).toBe("Voting has not started yet.");
    expect(votingClosedMessage({ status: "paused", timer: null }, now)).toMatch(/paused/);
    expect(votingClosedMessage({ status: "closed", timer: null }, now)).toBe("Voting has closed.");
    expect(votingClosedMessage({ status: "open", timer: null }, now)).toBeNull();
    const timer = { durationMs: 60_000, startedAt: now - 50_000, elapsedMs: 5_000 };
    expect(votingClosedMessage({ status: "open", timer }, now)).toBeNull();
    expect(votingClosedMessage({ status: "open", timer }, now + 5_000)).toBe("Time is up for this round.");
    // The same reasons as codes, for a phone to word in its own language.
    expect((["draft", "open", "paused", "closed", "revealed"] as const).map((status) => votingClosedReason({ status, timer: null }, now))).toEqual([
      "draft",
      null,
      "paused",
      "closed",
      "closed",
    ]);
    expect(votingClosedReason({ status: "open", timer }, now + 5_000)).toBe("timeUp");
  });
});

describe("the round the room is on", () => {
  it("is voting while open or paused, and that round leads the phones over a later closed one", () => {
    expect((["draft", "open", "paused", "closed", "revealed"] as const).map((status) => votingNow(round({ status })))).toEqual([false, true, true, false, false]);
    expect(votingNow(undefined)).toBe(false);
    const paused = round({ id: roundId("round_0001"), status: "paused", createdSeq: 1 });
    const closed = round({ id: roundId("round_0002"), status: "closed", createdSeq: 2 });
    const draft = round({ id: roundId("round_0003"), status: "draft", createdSeq: 3 });
    const rounds = (...rs: (typeof paused)[]) => ({ round: new Map(rs.map((r) => [r.id, r])) });
    expect(currentRound(rounds(paused, closed, draft))).toBe(paused);
    expect(currentRound(rounds(closed, draft))).toBe(closed);
    expect(currentRound(rounds(draft))).toBeUndefined();
  });
});
