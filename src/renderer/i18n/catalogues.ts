import { ar } from "./ar";
import { cy } from "./cy";
import { en, type Catalogue } from "./en";
import { pl } from "./pl";
import { ro } from "./ro";
import { so } from "./so";
import { ur } from "./ur";

/**
 * The languages of the phone screens and the projector, each named in itself for the picker.
 * `checkedBy` records who checked the catalogue: a fluent speaker's name, or null while no
 * fluent speaker has (the picker and README say so). English is the source the others follow.
 */
export const LANGUAGES = [
  { code: "en", name: "English", source: true, checkedBy: null },
  { code: "cy", name: "Cymraeg", source: false, checkedBy: null },
  { code: "pl", name: "Polski", source: false, checkedBy: null },
  { code: "ar", name: "العربية", source: false, checkedBy: null },
  { code: "ur", name: "اردو", source: false, checkedBy: null },
  { code: "ro", name: "Română", source: false, checkedBy: null },
  { code: "so", name: "Soomaali", source: false, checkedBy: null },
] as const satisfies readonly { code: string; name: string; source: boolean; checkedBy: string | null }[];
export type Language = (typeof LANGUAGES)[number]["code"];

/** Every catalogue, complete: the catalogue test holds each to English's keys, placeholders and its own plural forms. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, cy, pl, ar, ur, ro, so };

/** Whether a language's words still wait for a fluent speaker to check them. */
export const unchecked = (code: Language): boolean => {
  const l = LANGUAGES.find((x) => x.code === code);
  return l !== undefined && !l.source && l.checkedBy === null;
};
