import { useId } from "react";
import { useTranslation } from "react-i18next";
import { chooseLanguage, LANGUAGES, type Language } from "../../i18n/i18n";

/** Each language is named in itself, so a person finds theirs whatever the page's language is now. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="device-lang">
      <label htmlFor={id}>{t("language.label")}</label>
      <select id={id} value={i18n.language} onChange={(e) => chooseLanguage(i18n, e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
