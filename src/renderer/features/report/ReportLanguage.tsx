import { REPORT_LANGUAGES, ReportLang, type ReportEdit } from "../../../core";

/**
 * The language of Hearth's own words in the report: headings, fixed sentences and dates. The
 * organiser's words and residents' quotes stay as they were written. A language no fluent
 * speaker has checked says so.
 */
export function ReportLanguage({ lang, edit }: { lang: string; edit: (e: ReportEdit) => void }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor="report-lang">
        Language of the report's headings and sentences
      </label>
      <select
        id="report-lang"
        value={lang}
        aria-describedby="report-lang-hint"
        onChange={(e) => {
          const chosen = ReportLang.safeParse(e.target.value);
          if (chosen.success) edit({ op: "lang", lang: chosen.data });
        }}
      >
        {REPORT_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.code === "en" || l.checkedBy !== null ? l.name : `${l.name} (not yet checked by a fluent speaker)`}
          </option>
        ))}
      </select>
      <p id="report-lang-hint" className="draft-field__hint">
        Your own words (the title and introduction once you change them, each section's text) and residents' quotes stay as written.
      </p>
    </div>
  );
}
