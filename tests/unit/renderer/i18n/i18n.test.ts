// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { ar } from "../../../../src/renderer/i18n/ar";
import { en } from "../../../../src/renderer/i18n/en";
import { pickLanguage, setUpI18n } from "../../../../src/renderer/i18n/i18n";
import { pl } from "../../../../src/renderer/i18n/pl";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
/** Keys without their plural suffix: a language may need more plural forms than English. */
const base = (o: object) => new Set(keys(o).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, "")));

describe("phone catalogues", () => {
  it("Polish is complete: every English message, with Polish plural forms", () => {
    expect(base(pl)).toEqual(base(en));
    expect(keys(pl)).toEqual(expect.arrayContaining(["connection.offline_one", "connection.offline_few", "connection.offline_many"]));
    for (const k of keys(pl)) expect(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], pl), k).not.toBe("");
  });

  it("Arabic asks its questions with the Arabic question mark", () => {
    expect(ar.note.which).toBe("أي سؤال؟");
  });

  it("picks the stored choice, else the browser's first language we have, else English", () => {
    expect(pickLanguage("ar", ["pl-PL"])).toBe("ar");
    expect(pickLanguage(null, ["de-DE", "pl-PL", "en"])).toBe("pl");
    expect(pickLanguage("xx", ["fr"])).toBe("en");
  });

  it("counts in Polish, and lays Arabic out right to left", async () => {
    localStorage.setItem("hearth.lang", "pl");
    const i18n = setUpI18n();
    expect(i18n.t("connection.offline", { count: 1 })).toBe("Bez połączenia, 1 niewysłana");
    expect(i18n.t("connection.offline", { count: 3 })).toBe("Bez połączenia, 3 niewysłane");
    expect(i18n.t("connection.offline", { count: 5 })).toBe("Bez połączenia, 5 niewysłanych");
    expect(document.documentElement.lang).toBe("pl");
    expect(document.documentElement.dir).toBe("ltr");
    await i18n.changeLanguage("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(i18n.t("note.add")).toBe("أضف الملاحظة");
    expect(i18n.t("ballot.blind")).toBe("تظهر النتائج عندما يكشفها الميسّر.");
    expect(i18n.t("device.shownAs", { label: "<b>x</b>" })).toBe("تظهر باسم <b>x</b>"); // left as text, not escaped twice: React renders it as text
  });
});
