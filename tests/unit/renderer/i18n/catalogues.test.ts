// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { en } from "../../../../src/renderer/i18n/en";
import { CATALOGUES, LANGUAGES, setUpI18n, unchecked } from "../../../../src/renderer/i18n/i18n";
import { catalogueProblems, pluralForms } from "../../support/catalogue-check";

describe("the phone's and the projector's catalogues", () => {
  it("are the seven languages of the residents", () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(["en", "cy", "pl", "ar", "ur", "ro", "so"]);
  });

  for (const { code } of LANGUAGES)
    it(`${code}: every English key, the plural forms ${code} needs, English's placeholders`, () => {
      expect(catalogueProblems(en, CATALOGUES[code], code)).toEqual([]);
    });

  it("plural forms are each language's own (CLDR), not English's with an 's'", () => {
    expect(pluralForms("cy")).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(pluralForms("ar")).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(pluralForms("pl")).toEqual(["few", "many", "one", "other"]);
    expect(pluralForms("ro")).toEqual(["few", "one", "other"]);
    expect(pluralForms("ur")).toEqual(["one", "other"]);
    expect(pluralForms("so")).toEqual(["one", "other"]);
    const i18n = setUpI18n();
    const dots = (lng: string, count: number) => i18n.t("ballot.dots", { lng, count });
    expect([0, 1, 2, 3, 6, 20].map((n) => dots("cy", n))).toEqual(["0 dot", "1 dot", "2 ddot", "3 dot", "6 dot", "20 o ddotiau"]);
    expect([1, 2, 5, 11, 100].map((n) => dots("ar", n))).toEqual(["نقطة واحدة", "نقطتان", "5 نقاط", "11 نقطة", "100 نقطة"]);
    expect([1, 3, 20].map((n) => dots("ro", n))).toEqual(["1 punct", "3 puncte", "20 de puncte"]);
    expect([1, 4, 5].map((n) => dots("pl", n))).toEqual(["1 kropka", "4 kropki", "5 kropek"]);
  });

  it("catches a missing key, a missing plural form, a form the language lacks and a changed placeholder", () => {
    const broken = structuredClone(CATALOGUES.cy) as unknown as Record<string, Record<string, unknown>>;
    delete broken.join!.heading;
    delete broken.ballot!.dots_few;
    broken.ballot!.voters_one = "{{n}} pleidleisiwr";
    broken.ballot!.left = "Dotiau ar ôl: {{left}} o {{total}}";
    broken.note!.add_few = "Ychwanegu";
    expect(catalogueProblems(en, broken, "cy")).toEqual([
      "cy: missing join.heading",
      "cy: ballot.left has {{left}},{{total}}, English </b>,<b>,{{left}},{{total}}",
      "cy: missing plural form ballot.dots_few",
      "cy: ballot.voters_one has {{n}}, English {{count}}",
      "cy: note.add_few is not in English",
    ]);
    // English's own two forms are not enough for Welsh.
    expect(catalogueProblems(en, en, "cy")).toContain("cy: missing plural form ballot.dots_zero");
  });

  it("records who checked each catalogue; none has been checked by a fluent speaker yet", () => {
    for (const l of LANGUAGES) {
      expect(l).toHaveProperty("checkedBy");
      expect(unchecked(l.code)).toBe(l.code !== "en");
    }
  });
});
