import { describe, expect, it } from "vitest";
import { csvCell, defuseFormulas } from "../../../src/server/report/export/csv-cell";

describe("defusing CSV cells a spreadsheet would run", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["harmless;=1+1", "harmless;'=1+1"],
    ["harmless,+1", "harmless,'+1"],
    ["a\t-1", "a\t'-1"],
    ["one|@SUM(A1)", "one|'@SUM(A1)"],
    ["line\n=cmd|' /C calc'!A0", "line\n'=cmd|' /C calc'!A0"],
    ["＝1+1", "'＝1+1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠SUM(A1)", "'＠SUM(A1)"],
    ["﹦1+1", "'﹦1+1"],
    ["\u22121+1", "'\u22121+1"],
    ["  =1+1", "'  =1+1"],
    ["\u200b=1+1", "'\u200b=1+1"],
    ["ok; ＝1", "ok;' ＝1"],
  ])("%j becomes %j", (text, defused) => {
    expect(defuseFormulas(text)).toBe(defused);
  });

  it("leaves ordinary text alone, signs inside words and all", () => {
    for (const text of ["Damp and mould", "e-mail me", "2+2 = 4", "لا توجد إضاءة", "Sąsiedzi są życzliwi", ""]) expect(defuseFormulas(text)).toBe(text);
  });

  it("quotes a cell holding any separator, so a semicolon spreadsheet keeps it whole", () => {
    expect(csvCell("harmless;=1+1")).toBe(`"harmless;'=1+1"`);
    expect(csvCell('say "hi"')).toBe(`"say ""hi"""`);
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });
});
