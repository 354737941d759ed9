import { useId } from "react";
import type { Prompt } from "../../../core";
import { LANGUAGES, languageName } from "./languages";

/** The language of a note: the common ones by name, and any other tag the note already has. */
export function LanguageSelect({ value, onChange, label = "Language" }: { value: string; onChange: (tag: string) => void; label?: string }) {
  const id = useId();
  const known = LANGUAGES.some((l) => l.tag === value);
  return (
    <span className="field--inline">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.tag} value={l.tag}>
            {l.name}
          </option>
        ))}
        {!known && <option value={value}>{languageName(value)}</option>}
      </select>
    </span>
  );
}

/** The prompt a note answers, numbered as the CSV import counts them; "No prompt" for none. */
export function PromptSelect({
  prompts,
  value,
  onChange,
  label = "Prompt",
}: {
  prompts: readonly Prompt[];
  value: string | null;
  onChange: (promptId: string | null) => void;
  label?: string;
}) {
  const id = useId();
  return (
    <span className="field--inline">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value || null)} dir="auto">
        <option value="">No prompt</option>
        {prompts.map((p, i) => (
          <option key={p.id} value={p.id}>
            {`${i + 1}. ${p.text}`}
          </option>
        ))}
      </select>
    </span>
  );
}
