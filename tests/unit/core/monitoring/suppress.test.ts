import { describe, expect, it } from "vitest";
import { shownText, splitTable, suppressColumn, suppressOne, type Shown } from "../../../../src/core";

const words = (cells: readonly Shown[]) => cells.map(shownText);

describe("small numbers stay hidden", () => {
  it("shows 1 to 4 as fewer than 5, and 0 and 5 or more as they are", () => {
    expect([0, 1, 2, 3, 4, 5, 12].map((n) => shownText(suppressOne(n)))).toEqual(["0", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "5", "12"]);
  });

  it("a column with a single 2 hides a second cell, so the total does not give the 2 away", () => {
    const col = suppressColumn([2, 9, 14, 0]);
    expect(words(col.cells)).toEqual(["fewer than 5", "hidden", "14", "0"]);
    expect(shownText(col.total)).toBe("25");
  });

  it("hides the smallest other cell that is not zero (hiding a zero protects nothing)", () => {
    expect(words(suppressColumn([0, 3, 20, 6]).cells)).toEqual(["0", "fewer than 5", "20", "hidden"]);
    expect(words(suppressColumn([7, 0, 3]).cells)).toEqual(["hidden", "0", "fewer than 5"]);
  });

  it("two small cells that could only be 1 and 1 (or 4 and 4) hide a third", () => {
    expect(words(suppressColumn([1, 1, 10, 30]).cells)).toEqual(["fewer than 5", "fewer than 5", "hidden", "30"]);
    expect(words(suppressColumn([4, 4, 10, 30]).cells)).toEqual(["fewer than 5", "fewer than 5", "hidden", "30"]);
  });

  it("two small cells that could be several pairs need nothing more", () => {
    const col = suppressColumn([2, 3, 10]);
    expect(words(col.cells)).toEqual(["fewer than 5", "fewer than 5", "10"]);
    expect(shownText(col.total)).toBe("15");
  });

  it("nothing small: nothing hidden", () => {
    const col = suppressColumn([5, 0, 12]);
    expect(words(col.cells)).toEqual(["5", "0", "12"]);
    expect(shownText(col.total)).toBe("17");
  });

  it("a total under 5 is itself hidden, so no second cell is needed", () => {
    const col = suppressColumn([2, 0, 0]);
    expect(words(col.cells)).toEqual(["fewer than 5", "0", "0"]);
    expect(shownText(col.total)).toBe("fewer than 5");
    expect(words(suppressColumn([1, 1]).cells)).toEqual(["fewer than 5", "fewer than 5"]);
  });

  it("when no cell is left to hide, the total is hidden instead", () => {
    // One small cell and the rest zero would give it away through the total: but the total is then small too.
    const col = suppressColumn([3, 0]);
    expect(shownText(col.total)).toBe("fewer than 5");
    const onlyPinned = suppressColumn([1, 1, 1, 1, 1]);
    expect(shownText(onlyPinned.total)).toBe("hidden");
    expect(words(onlyPinned.cells)).toEqual(Array(5).fill("fewer than 5"));
    // 0, 1 and 5 make 6: whichever cells are hidden, the 1 is the only value that fits, so the 6 is not shown.
    expect(shownText(suppressColumn([0, 1, 5]).total)).toBe("hidden");
  });

  it("no hidden cell can be worked out from what is shown, over every column of three cells up to 9", () => {
    // What a reader knows: shown cells, the total, each "fewer than 5" in 1-4 and each "hidden" 0 or 5 and more.
    const fits = (shown: Shown, v: number) => (shown.kind === "count" ? v === shown.value : shown.kind === "fewer" ? v >= 1 && v <= 4 : v === 0 || v >= 5);
    for (let a = 0; a < 10; a++)
      for (let b = 0; b < 10; b++)
        for (let c = 0; c < 10; c++) {
          const col = suppressColumn([a, b, c]);
          if (col.total.kind !== "count") continue; // no total given: nothing to work a cell out from
          const total = col.total.value;
          const possible: number[][] = [];
          for (let x = 0; x <= total; x++)
            for (let y = 0; x + y <= total; y++) {
              const z = total - x - y;
              if (fits(col.cells[0]!, x) && fits(col.cells[1]!, y) && fits(col.cells[2]!, z)) possible.push([x, y, z]);
            }
          col.cells.forEach((cell, i) => {
            if (cell.kind === "count") return;
            const values = new Set(possible.map((p) => p[i]));
            expect(values.size, `${[a, b, c].join()}: cell ${i} can only be ${[...values].join()}`).toBeGreaterThan(1);
          });
        }
  });
});

describe("special-category answers are never split below the threshold", () => {
  it("a row under the threshold is given as its total only; one at or above is split and suppressed", () => {
    const rows = splitTable(
      [
        [10, 14], // 24: under 25, not split
        [20, 2, 8], // 30: split, the 2 and a second cell hidden
      ],
      25,
    );
    expect(rows[0]).toEqual({ total: { kind: "count", value: 24 }, cells: null });
    expect(rows[1]!.cells && words(rows[1]!.cells)).toEqual(["20", "fewer than 5", "hidden"]);
    expect(splitTable([[1, 2]], 25)[0]).toEqual({ total: { kind: "fewer" }, cells: null });
  });

  it("the threshold is the organiser's", () => {
    expect(splitTable([[6, 6]], 10)[0]!.cells).not.toBeNull();
    expect(splitTable([[6, 6]], 25)[0]!.cells).toBeNull();
  });
});
