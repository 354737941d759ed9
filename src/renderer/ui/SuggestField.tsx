import { useId } from "react";
import { inputMaxLength, TITLE_MAX } from "../../core";

/**
 * A text field that offers names already in use (a <datalist>) and accepts a new one:
 * for neighbourhoods and partnerships, so the same place is not spelt three ways.
 * Uncontrolled with `name` (read through FormData), or controlled with `value`/`onChange`.
 */
export function SuggestField(props: {
  label: string;
  suggestions: readonly string[];
  name?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const id = useId();
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <input
        name={props.name}
        list={`${id}-list`}
        maxLength={inputMaxLength(TITLE_MAX)}
        dir="auto"
        autoComplete="off"
        {...(props.onChange ? { value: props.value ?? "", onChange: (e) => props.onChange?.(e.target.value) } : {})}
      />
      <datalist id={`${id}-list`}>
        {props.suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </label>
  );
}
