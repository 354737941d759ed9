import { describe, expect, it } from "vitest";
import { buildReportModel, cleanText, defaultIntro, isolate, NoteText, visibleLength } from "../../../src/core";
import { elmRoadSource } from "./report/elm-road-source";

describe("cleanText", () => {
  it("removes NUL and control characters but keeps newlines and tabs", () => {
    expect(cleanText("a\u0000b\u0007c\nd\te\u007f")).toBe("abc\nd\te");
  });
  it("drops lone surrogates and keeps pairs (emoji)", () => {
    expect(cleanText("x\ud800y\udc00z 😞")).toBe("xyz 😞");
  });
  it("normalises to NFC and trims", () => {
    expect(cleanText("  Cafe\u0301  ")).toBe("Caf\u00e9");
  });
  it("keeps Arabic, Urdu and Polish text as typed", () => {
    for (const s of ["لا توجد إضاءة في الحديقة ليلاً", "بچوں کے لیے کھیلنے کی کوئی محفوظ جگہ نہیں", "Sąsiedzi są życzliwi"])
      expect(cleanText(s)).toBe(s.normalize("NFC"));
  });
});

describe("visibleLength", () => {
  it("counts an emoji sequence or a letter with combining marks once", () => {
    expect(visibleLength("👩‍👩‍👧‍👦")).toBe(1);
    expect(visibleLength("e\u0301")).toBe(1);
    expect(visibleLength("abc")).toBe(3);
  });
});

describe("NoteText", () => {
  it("refuses an empty or blank note", () => {
    expect(NoteText.safeParse("").success).toBe(false);
    expect(NoteText.safeParse("  \n\u0000 ").success).toBe(false);
  });
  it("accepts 500 characters and refuses 501", () => {
    expect(NoteText.safeParse("a".repeat(500)).success).toBe(true);
    const r = NoteText.safeParse("a".repeat(501));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/at most 500/);
  });
  it("keeps markup as plain text", () => {
    expect(NoteText.parse("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });
  it("refuses a non-string", () => {
    expect(NoteText.safeParse(42).success).toBe(false);
  });
});

describe("isolate", () => {
  it("wraps user text for one of Hearth's sentences in a first-strong isolate, and leaves nothing alone", () => {
    expect(isolate("Elm Road \u202Emeeting")).toBe("\u2068Elm Road \u202Emeeting\u2069");
    expect(isolate("")).toBe("");
  });
  it("is used wherever the report puts an event's title, venue or area inside its own words", () => {
    const event = { title: "Elm \u202ERoad", venue: "Hall \u202Eone", date: "2026-11-14" };
    expect(defaultIntro(event, null, 3)).toBe(
      "Thank you to everyone who came to \u2068Elm \u202ERoad\u2069 at \u2068Hall \u202Eone\u2069 on Saturday 14 November 2026. Together you wrote 3 notes. This report sets out what you told us, the priorities you chose, and what happens next.",
    );
    const source = elmRoadSource();
    const model = buildReportModel({ ...source, event: { ...source.event, venue: "Hall \u202Eone", neighbourhood: "Elm Road" } });
    expect(model.place.text).toBe("\u2068Hall \u202Eone\u2069, \u2068Elm Road\u2069");
    expect(model.title.text).toBe(`What you told us: \u2068${source.event.title}\u2069`);
  });
});
