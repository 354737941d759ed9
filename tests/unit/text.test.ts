import { describe, expect, it } from "vitest";
import { cleanText, NoteText, visibleLength } from "../../src/core";

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
