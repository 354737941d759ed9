import { describe, expect, it } from "vitest";
import { checkPastedLines, chunkByBytes, hasSeveralLines, newThemeTitles, planImport } from "../../../src/core";
import { readNotesCsv } from "../../../src/renderer/features/board/csv";
import { samplePrompt, sampleTheme } from "../support/entities";

const prompt = samplePrompt;
const theme = (id: string, title: string, deleted = false) => sampleTheme(id, { title, deleted });
const ctx = { prompts: [prompt("prompt_aaaaaa", "What matters to you?"), prompt("prompt_bbbbbb", "What would make it better?")], themes: [theme("theme_transport", "Transport"), theme("theme_old0000", "Old", true)] };

describe("readNotesCsv", () => {
  it("reads text, prompt (by words or number), table, lang and theme, with the header in any case", () => {
    const csv = [
      "Text,Prompt,Table,Lang,Theme",
      "No buses after 6pm,what matters to you?,A,en,transport",
      '"Lifts broken, again",2,B,,Housing',
      "لا توجد إضاءة في الحديقة ليلاً,,C,ar,",
      '"A note over',
      'two lines",,,,',
    ].join("\r\n");
    const check = readNotesCsv(`\uFEFF${csv}`, ctx);
    expect(check.fileError).toBeNull();
    expect(check.errors).toEqual([]);
    expect(check.rows).toEqual([
      { row: 2, text: "No buses after 6pm", promptId: "prompt_aaaaaa", table: "A", lang: "en", themeTitle: "Transport", themeId: "theme_transport" },
      { row: 3, text: "Lifts broken, again", promptId: "prompt_bbbbbb", table: "B", lang: "", themeTitle: "Housing", themeId: null },
      { row: 4, text: "لا توجد إضاءة في الحديقة ليلاً", promptId: null, table: "C", lang: "ar", themeTitle: "", themeId: null },
      { row: 5, text: "A note over\ntwo lines", promptId: null, table: "", lang: "", themeTitle: "", themeId: null },
    ]);
    expect(newThemeTitles(check.rows)).toEqual(["Housing"]);
  });

  it("gives each bad row its own clear error and keeps the good ones", () => {
    const csv = [
      "text,prompt,table,lang,theme,notes",
      "Good one,,,,,x",
      ",,A,,,",
      `${"x".repeat(501)},,,,,`,
      "Unknown prompt,What is your name?,,,,",
      "Prompt number too big,7,,,,",
      "Bad language,,,english please,,",
      `Long table,,${"T".repeat(41)},,,`,
      "Too many,,,,,,surplus",
      "Also good,,,,,",
    ].join("\n");
    const check = readNotesCsv(csv, ctx);
    expect(check.rows.map((r) => [r.row, r.text])).toEqual([[2, "Good one"], [10, "Also good"]]);
    expect(check.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(check.errors.map((e) => e.message)).toEqual([
      "A note is empty",
      "A note is too long (at most 500 characters)",
      'The prompt "What is your name?" is not one of this event\'s prompts (give its words or its number).',
      'The prompt "7" is not one of this event\'s prompts (give its words or its number).',
      'The language "english please" is not a language code such as pl, ar or ur.',
      "The table label is too long (at most 40 characters)",
      "This row has more cells than the header has columns.",
    ]);
    expect(check.ignoredColumns).toEqual(["notes"]);
  });

  it("refuses a file without a text column, or an empty one, as a whole", () => {
    expect(readNotesCsv("note_text,table\nhello,A", ctx).fileError).toMatch(/no "text" column/);
    expect(readNotesCsv("", ctx).fileError).toMatch(/empty/);
    expect(readNotesCsv('text\n"unclosed', ctx).errors[0]?.message).toMatch(/quotation mark/);
  });

  it("matches a deleted theme's title as a new theme", () => {
    expect(readNotesCsv("text,theme\nhi,Old", ctx).rows[0]).toMatchObject({ themeId: null, themeTitle: "Old" });
  });
});

describe("pasted lines", () => {
  it("makes one note per non-blank line, dropping bullets, with the box's prompt, table and language", () => {
    const pasted = "- No buses after 6pm\r\n\n• Lifts broken\n  * بچوں کے لیے جگہ نہیں  \n";
    expect(hasSeveralLines(pasted)).toBe(true);
    expect(hasSeveralLines("one line\n")).toBe(false);
    const check = checkPastedLines(pasted, { promptId: "prompt_aaaaaa", table: "B", lang: "" });
    expect(check.rows.map((r) => [r.row, r.text, r.table, r.promptId])).toEqual([
      [1, "No buses after 6pm", "B", "prompt_aaaaaa"],
      [3, "Lifts broken", "B", "prompt_aaaaaa"],
      [4, "بچوں کے لیے جگہ نہیں", "B", "prompt_aaaaaa"],
    ]);
    expect(checkPastedLines(`ok\n${"y".repeat(501)}`, { promptId: null, table: "", lang: "" }).errors).toEqual([{ row: 2, message: "A note is too long (at most 500 characters)" }]);
  });
});

describe("planImport", () => {
  it("splits a long import into parts that fit a frame and creates each new theme once", () => {
    let n = 0;
    const newId = () => `id_${String(++n).padStart(8, "0")}`;
    const rows = Array.from({ length: 120 }, (_, i) => ({ row: i + 2, text: "بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں ".repeat(3), promptId: null, table: "A", lang: "ur", themeTitle: i % 2 ? "Play" : "play", themeId: null }));
    const plan = planImport(rows, ctx, { eventId: "evt_12345678", importId: "import_1", source: "paper", newId });
    expect(plan.final.themes).toEqual([{ id: "id_00000001", title: "play", colour: "sky" }]);
    expect([...plan.parts.flat(), ...plan.final.notes]).toHaveLength(120);
    expect(plan.final.parts).toBe(plan.parts.length);
    for (const part of [...plan.parts, plan.final.notes]) expect(new TextEncoder().encode(JSON.stringify(part)).length).toBeLessThan(12 * 1024);
    expect(new Set([...plan.parts.flat(), ...plan.final.notes].map((x) => x.themeId))).toEqual(new Set(["id_00000001"]));
  });
  it("chunks by size and count", () => {
    expect(chunkByBytes([1, 2, 3, 4, 5], 1000, 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunkByBytes(["aaaa", "bbbb", "cccc"], 14, 10)).toEqual([["aaaa", "bbbb"], ["cccc"]]);
  });
});
