import { describe, expect, it } from "vitest";
import { eventState, finalRoundResults, rank, rankLabel, roundResults, topItems } from "../../../../src/core";
import { ballot, EVENT, lookupOf, note, paper, round, theme } from "../../support/voting";
import { noteId, roundId } from "../../support/ids";

const notes = ["note_aaaa", "note_bbbb", "note_cccc", "note_dddd"].map((id, i) => note(id, { text: ["Bus shelter", "Lifts", "GP queue", "Damp"][i]! }));
const items = notes.map((n) => n.id);

describe("roundResults", () => {
  it("counts dots and distinct voters per item, phone, laptop and paper apart and together", () => {
    const r = round({ items });
    const results = roundResults(
      r,
      [
        ballot({ note_aaaa: 2, note_bbbb: 1 }),
        ballot({ note_aaaa: 1, note_cccc: 2 }, { source: "laptop" }),
        ballot({ note_bbbb: 1 }),
        ballot({}), // opened the ballot, placed nothing: not a voter
      ],
      [paper("note_aaaa", 4), paper("note_dddd", 1)],
      lookupOf(notes),
    );
    expect(results.items.map((i) => [i.label, i.dots, i.voters, i.phoneDots, i.laptopDots, i.paperDots])).toEqual([
      ["Bus shelter", 7, 2, 2, 1, 4],
      ["GP queue", 2, 1, 0, 2, 0],
      ["Lifts", 2, 2, 2, 0, 0],
      ["Damp", 1, 0, 0, 0, 1],
    ]);
    expect(results.items.map(rankLabel)).toEqual(["1", "=2", "=2", "4"]);
    expect(results).toMatchObject({ voters: 3, dots: 12, phoneDots: 4, laptopDots: 3, paperDots: 5 });
  });

  it("counts votes on a merged note for the survivor, a voter on both once", () => {
    const merged = [notes[0]!, { ...notes[1]!, mergedInto: noteId("note_aaaa") }, { ...notes[2]!, mergedInto: noteId("note_bbbb") }, notes[3]!];
    const results = roundResults(
      round({ items }),
      [ballot({ note_aaaa: 1, note_bbbb: 2 }), ballot({ note_cccc: 1 }), ballot({ note_dddd: 1 })],
      [paper("note_bbbb", 3)],
      lookupOf(merged),
    );
    expect(results.items.map((i) => [i.itemId, i.dots, i.voters])).toEqual([
      ["note_aaaa", 7, 2],
      ["note_dddd", 1, 1],
    ]);
  });

  it("leaves out deleted items and ballots of other rounds", () => {
    const withDeleted = [notes[0]!, { ...notes[1]!, deleted: true }];
    const results = roundResults(
      round({ items: ["note_aaaa", "note_bbbb"] }),
      [ballot({ note_aaaa: 1, note_bbbb: 1 }), ballot({ note_aaaa: 2 }, { roundId: roundId("round_0002") })],
      [paper("note_aaaa", 1, { roundId: roundId("round_0002") })],
      lookupOf(withDeleted),
    );
    expect(results.items.map((i) => [i.itemId, i.dots])).toEqual([["note_aaaa", 1]]);
  });

  it("votes on themes count for the theme, labelled by its title", () => {
    const themes = [theme("theme_aaa1", { title: "Transport" }), theme("theme_bbb2", { title: "Housing" })];
    const results = roundResults(round({ target: "themes", items: ["theme_aaa1", "theme_bbb2"] }), [ballot({ theme_bbb2: 2 })], [], lookupOf([], themes));
    expect(results.items.map((i) => [i.label, i.dots, i.rank, i.tied])).toEqual([
      ["Housing", 2, 1, false],
      ["Transport", 0, 2, false],
    ]);
  });
});

describe("rank", () => {
  it("shows ties as ties and skips the ranks they take", () => {
    const ranked = rank([
      { label: "b", dots: 3 },
      { label: "a", dots: 3 },
      { label: "c", dots: 9 },
      { label: "d", dots: 1 },
      { label: "e", dots: 1 },
    ]);
    expect(ranked.map((i) => `${i.label}:${rankLabel(i)}`)).toEqual(["c:1", "a:=2", "b:=2", "d:=4", "e:=4"]);
  });
  it("ranks everything equal when nobody voted", () => {
    expect(rank([{ label: "x", dots: 0 }, { label: "y", dots: 0 }]).map(rankLabel)).toEqual(["=1", "=1"]);
  });
});

describe("topItems", () => {
  it("takes every item tied at the cut, and none without a dot", () => {
    const results = roundResults(
      round({ items }),
      [ballot({ note_aaaa: 2, note_bbbb: 1, note_cccc: 1 })],
      [],
      lookupOf(notes),
    );
    expect(topItems(results, 2).map((i) => i.itemId)).toEqual(["note_aaaa", "note_cccc", "note_bbbb"]);
    expect(topItems(results, 10).map((i) => i.itemId)).not.toContain("note_dddd");
  });
});

describe("finalRoundResults", () => {
  const event = {
    id: EVENT, kind: "listening" as const, title: "Elm Road", neighbourhood: "", partnership: "", venue: "", date: "2026-11-14",
    status: "live" as const, feedbackDueOn: "2026-11-24", currentStageId: null, timer: null, attribution: false, retentionMonths: null, createdSeq: 1, updatedSeq: 1,
  };
  it("is the revealed round marked final, or null", () => {
    const state = (final: boolean, status: "closed" | "revealed") =>
      eventState(event, { note: notes, round: [round({ items, final, status }), round({ id: roundId("round_0002"), items })], ballot: [ballot({ note_dddd: 3 })] }, 1);
    expect(finalRoundResults(state(false, "revealed"))).toBeNull();
    expect(finalRoundResults(state(true, "closed"))).toBeNull();
    const results = finalRoundResults(state(true, "revealed"));
    expect(results?.roundId).toBe("round_0001");
    expect(results?.items[0]).toMatchObject({ itemId: "note_dddd", label: "Damp", dots: 3, voters: 1, rank: 1, tied: false });
  });
});
