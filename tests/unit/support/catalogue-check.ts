/** Checks a message catalogue against the English one: keys, plural forms by the language's CLDR rules, placeholders. */

type Tree = { readonly [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every message as "path.to.key" → text. */
export function flatten(tree: object, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree as Tree)) {
    if (typeof v === "string") out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** {{placeholders}} and <tags>, sorted: what a translation must carry over from English. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}|<\/?([a-z]+)\s*\/?>/g)].map((m) => (m[1] ? `{{${m[1]}}}` : m[0].replace(/\s/g, ""))).sort();
}

/** The plural forms a language needs, as i18next asks for them (it uses Intl.PluralRules). */
export const pluralForms = (lang: string): string[] => [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

/**
 * What is wrong with `catalogue` for `lang`, one line each; empty when it is complete.
 * A plural message (English has key_one and key_other) must have exactly the forms the
 * language needs, no more and no fewer. Every message carries English's placeholders and tags,
 * except that a form for one fixed number (_zero, _one, _two) may say the number in words.
 */
export function catalogueProblems(en: object, catalogue: object, lang: string): string[] {
  const english = flatten(en);
  const theirs = flatten(catalogue);
  const problems: string[] = [];
  const pluralBases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
  const forms = pluralForms(lang);
  for (const [key, text] of english) {
    if (PLURAL.test(key)) continue;
    const t = theirs.get(key);
    if (t === undefined) problems.push(`${lang}: missing ${key}`);
    else if (t.trim() === "" && text.trim() !== "") problems.push(`${lang}: empty ${key}`);
    else if (placeholders(t).join() !== placeholders(text).join()) problems.push(`${lang}: ${key} has ${placeholders(t).join() || "no placeholders"}, English ${placeholders(text).join()}`);
  }
  for (const base of pluralBases) {
    const model = english.get(`${base}_other`) ?? "";
    for (const form of forms) {
      const t = theirs.get(`${base}_${form}`);
      if (t === undefined) {
        problems.push(`${lang}: missing plural form ${base}_${form}`);
        continue;
      }
      if (t.trim() === "") problems.push(`${lang}: empty ${base}_${form}`);
      const want = placeholders(model);
      const got = placeholders(t);
      const fixedNumber = ["zero", "one", "two"].includes(form);
      const same = (a: string[], b: string[]) => a.join() === b.join();
      if (!same(got, want) && !(fixedNumber && same(got, want.filter((p) => p !== "{{count}}"))))
        problems.push(`${lang}: ${base}_${form} has ${got.join() || "no placeholders"}, English ${want.join()}`);
    }
  }
  for (const key of theirs.keys()) {
    const base = key.replace(PLURAL, "");
    if (PLURAL.test(key) && pluralBases.has(base)) {
      if (!forms.includes(key.slice(base.length + 1))) problems.push(`${lang}: ${key} is not a plural form of ${lang}`);
    } else if (!english.has(key)) problems.push(`${lang}: ${key} is not in English`);
  }
  return problems;
}
