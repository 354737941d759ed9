import type { Page } from "@playwright/test";
import { en } from "../../../src/renderer/i18n/en";
import { CATALOGUES, type Language } from "../../../src/renderer/i18n/catalogues";
import { expect } from "./hearth";

/** Where residents' and the facilitator's own words are on a screen, and words typed in the test: left out of the check. */
export interface UserText {
  readonly selectors: readonly string[];
  readonly texts: readonly string[];
}

const strings = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === "string" ? [v] : strings(v as object)));
/** The fixed words of every English message: what is left between its placeholders and tags, four letters or more. */
const englishFragments = [...new Set(strings(en).flatMap((m) => m.split(/\{\{[^}]+\}\}|<[^>]+>/)).map((f) => f.trim()).filter((f) => /\p{L}{4}/u.test(f)))];
/** Common English words that no other catalogue uses: they catch English hard-coded outside the catalogues too. */
const ENGLISH_WORDS = ["the", "your", "you", "with", "from", "this", "that", "have", "vote", "note", "notes", "dots", "join", "question"];

/** Everything a phone or the wall shows or says: visible text, accessible names and the page's title, without residents' and the facilitator's own words. */
export async function screenWords(p: Page, user: UserText): Promise<string> {
  return p.evaluate(
    ({ selectors, texts }) => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll(selectors.join(","))) el.remove();
      document.body.append(copy);
      copy.style.position = "absolute";
      const text = copy.innerText;
      copy.remove();
      const names = [...document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")].flatMap((el) =>
        ["aria-label", "title", "placeholder", "alt"].map((a) => el.getAttribute(a) ?? ""),
      );
      const options = [...document.querySelectorAll("option")].map((o) => o.textContent ?? "");
      let all = [text, ...names, document.title].join("\n");
      // A phone's language picker names every language, and English by its name: those are not fallbacks.
      for (const o of options) all = all.replace(o, "");
      for (const n of texts) all = all.replaceAll(n, "");
      return all;
    },
    { selectors: [...user.selectors], texts: [...user.texts] },
  );
}

/** Fails with each English message fragment or English word found on a screen set to `lang`. */
export async function expectNoEnglish(p: Page, lang: Exclude<Language, "en">, user: UserText, where: string) {
  const words = await screenWords(p, user);
  const own = strings(CATALOGUES[lang]).join("\n");
  const whole = (f: string) => new RegExp(`(^|[^\\p{L}])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u");
  const found = [
    // A fragment the language's own catalogue also has (Romanian "Participant") is its own word, not a fallback.
    ...englishFragments.filter((f) => !own.includes(f) && whole(f).test(words)),
    ...ENGLISH_WORDS.filter((w) => new RegExp(`\\b${w}\\b`, "i").test(words)),
  ];
  expect(found, `English on the ${lang} screen at ${where}:\n${words}`).toEqual([]);
}

