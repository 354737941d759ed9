import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import "./picker.css";

/** One choice a picker offers: its value, its words, and what kind of thing it is ("Theme", "Note"). */
export interface PickOption {
  readonly value: string;
  readonly label: string;
  readonly kind: string;
}

/** What a search found: at most a few options, and how many matched in all. */
export interface PickResults {
  readonly options: readonly PickOption[];
  readonly total: number;
}

export interface SearchPickerProps {
  readonly label: string;
  /** The choice of nothing, always offered first ("Nothing in the spotlight"). */
  readonly noneLabel: string;
  /** The chosen value ("" for nothing) and its words, shown in the box while not searching. */
  readonly value: string;
  readonly valueLabel: string;
  /**
   * Finds the options for what was typed. Called only while the list is open, so a closed
   * picker costs nothing however many notes there are; it returns a short list, never all.
   */
  readonly search: (query: string) => PickResults;
  readonly onPick: (value: string) => void;
  /** A form field name: the value is then sent with the form (a hidden input). */
  readonly name?: string;
}

/**
 * A search box with a short list of matches (the ARIA combobox pattern with a listbox), in
 * place of a drop-down holding one option per note: typing narrows the list; Down and Up move
 * through it, Enter picks, Escape closes it and keeps the choice as it was.
 */
export const SearchPicker = memo(function SearchPicker(props: SearchPickerProps) {
  const ids = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const { search } = props;
  const found = useMemo<PickResults>(() => (open ? search((query ?? "").trim()) : { options: [], total: 0 }), [open, query, search]);
  const options = useMemo(() => [{ value: "", label: props.noneLabel, kind: "" }, ...found.options], [found.options, props.noneLabel]);
  const at = Math.min(active, options.length - 1);

  // Opening starts a new search (the list shows the first matches); Escape brings the choice back.
  const openList = () => {
    setOpen(true);
    setQuery((q) => q ?? "");
  };
  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(0);
  };
  const pick = (option: PickOption) => {
    close();
    props.onPick(option.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) return openList();
      const step = e.key === "ArrowDown" ? 1 : -1;
      setActive((at + step + options.length) % options.length);
    } else if (e.key === "Enter" && open) {
      e.preventDefault();
      const option = options[at];
      if (option) pick(option);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      close();
    }
  };
  const listId = `${ids}-list`;
  const optionId = (i: number) => `${ids}-option-${i}`;
  const more = found.total - found.options.length;

  return (
    <div className="field picker">
      <label className="field__label" htmlFor={`${ids}-input`} id={`${ids}-label`}>
        {props.label}
      </label>
      <input
        ref={input}
        id={`${ids}-input`}
        type="text"
        role="combobox"
        dir="auto"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? optionId(at) : undefined}
        aria-describedby={`${ids}-hint`}
        placeholder={props.noneLabel}
        value={query ?? (props.value ? props.valueLabel : "")}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(e.target.value.trim() ? 1 : 0);
          setOpen(true);
        }}
        onClick={() => {
          if (!open) openList();
        }}
        // Typing into the box replaces the choice shown in it.
        onFocus={(e) => e.target.select()}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {props.name !== undefined && <input type="hidden" name={props.name} value={props.value} />}
      <span id={`${ids}-hint`} className="visually-hidden">
        Type to search, then choose with the arrow keys and Enter.
      </span>
      <ul id={listId} role="listbox" aria-label="Matches" className="picker__list" hidden={!open}>
        {open &&
          options.map((o, i) => (
            <li
              key={o.value || "none"}
              id={optionId(i)}
              role="option"
              aria-selected={i === at}
              className={`picker__option ${i === at ? "picker__option--active" : ""}`}
              // Picking by mouse must not blur the box first (which would close the list).
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
            >
              {o.kind && <span className="picker__kind">{o.kind}: </span>}
              <bdi dir="auto">{o.label}</bdi>
            </li>
          ))}
      </ul>
      {open && (
        <p className="picker__status muted" role="status">
          {found.total === 0 && query ? "Nothing matches." : more > 0 ? `${found.options.length} of ${found.total} shown: type to narrow.` : ""}
        </p>
      )}
    </div>
  );
});

/** The first `limit` of `items` that `matches`, and how many matched in all: for a picker's `search`. */
export function firstMatches<T>(items: Iterable<T>, matches: (item: T) => boolean, limit: number): { items: T[]; total: number } {
  const out: T[] = [];
  let total = 0;
  for (const item of items) {
    if (!matches(item)) continue;
    total++;
    if (out.length < limit) out.push(item);
  }
  return { items: out, total };
}
