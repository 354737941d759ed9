import { describe, expect, it } from "vitest";
import { applyReportEdit, defaultDraft, longDate, pluralWords, REPORT_CY, REPORT_EN, REPORT_LANGUAGES, ReportDraft, shortDate } from "../../../../src/core";
import { eventId } from "../../support/ids";
import { catalogueProblems } from "../../support/catalogue-check";

/** The report catalogue with its plural messages ({one, other}) spelled as the phone's are (key_one, key_other), and its lists as keys. */
function asPhoneCatalogue(words: object): object {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(words)) {
    if (Array.isArray(v)) v.forEach((x: string, i) => (out[`${k}${i}`] = x));
    else if (typeof v === "string") out[k] = v;
    else if ("other" in v && typeof v.other === "string") for (const [form, text] of Object.entries(v)) out[`${k}_${form}`] = text;
    else out[k] = asPhoneCatalogue(v);
  }
  return out;
}

describe("the report's own words", () => {
  for (const { code, words } of REPORT_LANGUAGES)
    it(`${code}: every English key, the plural forms ${code} needs, English's placeholders`, () => {
      expect(catalogueProblems(asPhoneCatalogue(REPORT_EN), asPhoneCatalogue(words), code)).toEqual([]);
    });

  it("fails a catalogue with a key missing, a Welsh plural form missing or a placeholder changed", () => {
    const broken = structuredClone(REPORT_CY) as unknown as Record<string, Record<string, unknown>>;
    delete broken.headings!.priorities;
    delete (broken.raised as Record<string, string>).two;
    broken.atEvent = "Yn {{digwyddiad}} ar {{date}}" as never;
    expect(catalogueProblems(asPhoneCatalogue(REPORT_EN), asPhoneCatalogue(broken), "cy")).toEqual([
      "cy: missing headings.priorities",
      "cy: atEvent has {{date}},{{digwyddiad}}, English {{date}},{{event}}",
      "cy: missing plural form raised_two",
    ]);
  });

  it("writes dates and counts by each language's rules", () => {
    expect(longDate("2026-11-14")).toBe("Saturday 14 November 2026");
    expect(longDate("2026-11-14", "cy")).toBe("Dydd Sadwrn 14 Tachwedd 2026");
    // After "ar" ("on") the day's name mutates.
    expect(longDate("2026-11-14", "cy", true)).toBe("ddydd Sadwrn 14 Tachwedd 2026");
    expect(longDate("2026-11-14", "en", true)).toBe("Saturday 14 November 2026");
    expect(shortDate("2027-03-01", "cy")).toBe("1 Mawrth 2027");
    expect([1, 2, 3, 20].map((n) => pluralWords("cy", REPORT_CY.raised, n))).toEqual(["Codwyd unwaith", "Codwyd ddwywaith", "Codwyd 3 gwaith", "Codwyd 20 o weithiau"]);
    expect([1, 2].map((n) => pluralWords("en", REPORT_EN.raised, n))).toEqual(["Raised 1 time", "Raised 2 times"]);
  });

  it("is the organiser's choice, kept in the draft; a draft saved before there was a choice is English", () => {
    const draft = defaultDraft(eventId("evt_lang0001"));
    expect(draft.lang).toBe("en");
    expect(applyReportEdit(draft, { op: "lang", lang: "cy" }, []).lang).toBe("cy");
    const { lang: _dropped, ...older } = draft;
    expect(ReportDraft.parse(older).lang).toBe("en");
    expect(ReportDraft.safeParse({ ...draft, lang: "xx" }).success).toBe(false);
  });
});
