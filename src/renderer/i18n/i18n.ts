import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import "./fonts.css";
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

const STORAGE_KEY = "hearth.lang";
const isLanguage = (code: string | null | undefined): code is Language => LANGUAGES.some((l) => l.code === code);

/** The person's own choice, else the first of the browser's languages we have (by its main part: pl-PL → pl), else English. */
export function pickLanguage(stored: string | null, browser: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const main = tag.toLowerCase().split("-")[0];
    if (isLanguage(main)) return main;
  }
  return "en";
}

function storedChoice(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Lays the page out in the language's direction: a right-to-left catalogue (Arabic, Urdu) turns the whole page. */
function applyToDocument(instance: i18n, lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = instance.dir(lng);
}

export function setUpI18n(): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(CATALOGUES).map(([code, translation]) => [code, { translation }]));
  void instance.use(initReactI18next).init({
    resources,
    lng: pickLanguage(storedChoice(), navigator.languages ?? [navigator.language]),
    fallbackLng: "en",
    supportedLngs: LANGUAGES.map((l) => l.code),
    // React escapes what it renders; i18next must not escape it a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  applyToDocument(instance, instance.language);
  instance.on("languageChanged", (lng) => applyToDocument(instance, lng));
  return instance;
}

export function chooseLanguage(instance: i18n, lng: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not stored: the choice lasts until the page is closed.
  }
  void instance.changeLanguage(lng);
}
