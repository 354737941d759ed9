import { z } from "zod";
import { REPORT_CY } from "./cy";
import { REPORT_EN } from "./en";

type Widen<T> = T extends string ? string : T extends readonly string[] ? readonly string[] : { readonly [K in keyof T]: Widen<T[K]> };
/** A plural message: the forms Intl.PluralRules gives the language (English one and other; Welsh zero, one, two, few, many, other). */
export type PluralMessage = { readonly [form in Intl.LDMLPluralRule]?: string } & { readonly other: string };
type Words<T> = { readonly [K in keyof T]: T[K] extends { readonly one: string; readonly other: string } ? PluralMessage : Widen<T[K]> extends object ? Words<T[K]> : Widen<T[K]> };
/** A complete report catalogue: every key of the English one (checked by its type and by tests/unit/core/report/words.test.ts). */
export type ReportWords = Words<typeof REPORT_EN>;

/** The languages a report speaks in Hearth's own words; `checkedBy` is the fluent speaker who checked them, null until one has. */
export const REPORT_LANGUAGES = [
  { code: "en", name: "English", words: REPORT_EN as ReportWords, dir: "ltr", checkedBy: null },
  { code: "cy", name: "Cymraeg", words: REPORT_CY, dir: "ltr", checkedBy: null },
] as const satisfies readonly { code: string; name: string; words: ReportWords; dir: "ltr" | "rtl"; checkedBy: string | null }[];

export const ReportLang = z.enum(["en", "cy"]);
export type ReportLang = z.infer<typeof ReportLang>;

const entry = (lang: string) => REPORT_LANGUAGES.find((l) => l.code === lang) ?? REPORT_LANGUAGES[0];
/** The report's catalogue; English for a language Hearth has no report words in. */
export const reportWords = (lang: string): ReportWords => entry(lang).words;
/** Which way the report's pages run. */
export const reportDir = (lang: string): "ltr" | "rtl" => entry(lang).dir;

/** Fills {{placeholders}}; a value is used as it is (user text is isolated by its caller). */
export function fill(message: string, values: Readonly<Record<string, string | number>> = {}): string {
  return message.replace(/\{\{(\w+)\}\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The plural form of `message` for `count` in `lang` (CLDR rules), filled with count and the other values. */
export function pluralWords(lang: string, message: PluralMessage, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  const form = new Intl.PluralRules(lang).select(count);
  return fill(message[form] ?? message.other, { count, ...values });
}
