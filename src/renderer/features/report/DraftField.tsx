import { useId } from "react";
import { visibleLength } from "../../../core";

/**
 * One text of the draft: labelled, in its own direction (dir="auto"), with the limit shown
 * as the organiser types. `onReset` offers "Use Hearth's text" when a default exists.
 */
export function DraftField(props: {
  label: string;
  value: string;
  max: number;
  rows?: number;
  hint?: string;
  onChange: (text: string) => void;
  onReset?: (() => void) | undefined;
}) {
  const id = useId();
  const length = visibleLength(props.value);
  const describedBy = `${id}-count${props.hint ? ` ${id}-hint` : ""}`;
  const common = {
    id,
    value: props.value,
    dir: "auto" as const,
    "aria-describedby": describedBy,
    "aria-invalid": length > props.max ? true : undefined,
    onChange: (e: { target: { value: string } }) => props.onChange(e.target.value),
  };
  return (
    <div className="field draft-field">
      <label htmlFor={id} className="field__label">
        {props.label}
      </label>
      {props.hint && (
        <p id={`${id}-hint`} className="draft-field__hint">
          {props.hint}
        </p>
      )}
      {props.rows ? <textarea rows={props.rows} {...common} /> : <input type="text" autoComplete="off" {...common} />}
      <p className="draft-field__row">
        <span id={`${id}-count`} className={length > props.max ? "error" : "muted"}>
          {length} / {props.max}
        </span>
        {props.onReset && (
          <button type="button" className="button--small" onClick={props.onReset}>
            Use Hearth’s text
          </button>
        )}
      </p>
    </div>
  );
}
