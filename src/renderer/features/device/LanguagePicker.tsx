import { useId } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguage, LANGUAGES, unchecked, type Language } from "../../i18n/i18n";

/**
 * Each language is named in itself, so a person finds theirs whatever the page's language is
 * now. A language no fluent speaker has checked yet says so, in the picker and under it.
 */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = LANGUAGES.find((l) => l.code === i18n.language)?.code ?? "en";
  return (
    <div className="device-lang">
      <label htmlFor={id}>{t("language.label")}</label>
      <select id={id} value={current} aria-describedby={unchecked(current) ? `${id}-note` : undefined} onChange={(e) => chooseLanguage(i18n, e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code}>
            {/* U+2068…U+2069 keep the name's own direction inside the sentence. */}
            {unchecked(l.code) ? t("language.unchecked", { name: `\u2068${l.name}\u2069` }) : l.name}
          </option>
        ))}
      </select>
      {unchecked(current) && (
        <p id={`${id}-note`} className="device-lang__note">
          {t("language.uncheckedNote")}
        </p>
      )}
    </div>
  );
}
