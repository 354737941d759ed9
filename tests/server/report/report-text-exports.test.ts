import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../../src/core";
import { renderNotesCsv } from "../../../src/server/report/export/csv";
import { escapeMarkdown, renderReportMarkdown } from "../../../src/server/report/export/markdown";
import { elmRoadSource } from "../../unit/core/report/elm-road-source";
import { noteId } from "../../unit/support/ids";

describe("CSV of notes", () => {
  it("quotes what needs quoting and defuses cells a spreadsheet would run as formulas", () => {
    const source = elmRoadSource({ themes: [] });
    const notes = [
      { ...source.notes[0]!, id: noteId("note_formula1"), text: '=HYPERLINK("http://evil.example","click")', position: -3 },
      { ...source.notes[0]!, id: noteId("note_formula2"), text: "+44 7700 900123 is my number", position: -2 },
      { ...source.notes[0]!, id: noteId("note_quotes01"), text: 'She said "no",\nthen left', position: -1 },
    ];
    const model = buildReportModel({ ...source, notes: [...notes, ...source.notes] });
    const votes = new Map([["note_formula1", { dots: 3, phoneDots: 2, paperDots: 1 }]]);
    const rows = renderNotesCsv(model, new Map(), votes).split("\r\n");
    expect(rows[1]).toBe(`Not yet themed,,"'=HYPERLINK(""http://evil.example"",""click"")",,1,3,2,1`);
    expect(rows[2]).toBe("Not yet themed,,'+44 7700 900123 is my number,,1,,,");
    // A line break inside a note stays inside its quoted cell; rows end with CRLF.
    expect(rows[3]).toBe('Not yet themed,,"She said ""no"",\nthen left",,1,,,');
  });

  it("defuses a formula after a separator inside a cell and a full-width one", () => {
    const source = elmRoadSource({ themes: [] });
    const notes = [
      { ...source.notes[0]!, id: noteId("note_semicolon"), text: "harmless;=1+1", position: -2 },
      { ...source.notes[0]!, id: noteId("note_fullwidth"), text: "＝HYPERLINK(1)", position: -1 },
    ];
    const rows = renderNotesCsv(buildReportModel({ ...source, notes: [...notes, ...source.notes] }), new Map(), null).split("\r\n");
    expect(rows[1]).toBe(`Not yet themed,,"harmless;'=1+1",,1,,,`);
    expect(rows[2]).toBe("Not yet themed,,'＝HYPERLINK(1),,1,,,");
  });
});

describe("Markdown report", () => {
  it("keeps user text literal: no HTML, links, emphasis, headings or lists made from it", () => {
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
    expect(escapeMarkdown("[click](javascript:alert(1))")).toBe("\\[click\\](javascript:alert(1))");
    expect(escapeMarkdown("**bold** _it_ `code` {{7*7}}")).toBe("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\{\\{7\\*7\\}\\}");
    expect(escapeMarkdown("# not a heading\n- not a list\n1. not numbered")).toBe("\\# not a heading  \n\\- not a list  \n1\\. not numbered");
  });

  it("has every section in the organiser's order", () => {
    const md = renderReportMarkdown(buildReportModel(elmRoadSource()));
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual(["## What happened", "## What we asked", "## What you said", "## Your priorities", "## What happens next", "## You said, we did", "## How to stay involved"]);
    expect(md).toContain("لا توجد إضاءة في الحديقة ليلاً");
  });
});
