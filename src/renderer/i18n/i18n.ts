import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import "./fonts.css";
import { CATALOGUES, LANGUAGES, type Language } from "./catalogues";

export { CATALOGUES, LANGUAGES, unchecked, type Language } from "./catalogues";

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
