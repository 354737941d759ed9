import { useId, type ReactNode } from "react";
import { dotTotal, type RoundItem } from "../../../core";

/** The words a ballot shows; a phone passes its own language's, the laptop keeps English. */
export interface BallotWords {
  left(left: number, total: number): ReactNode;
  add(label: string): string;
  remove(label: string): string;
  /** "3 dots", read out after the number on an item. */
  dots(count: number): string;
}

export const ENGLISH_BALLOT_WORDS: BallotWords = {
  left: (left, total) => (
    <>
      Dots left: <strong>{left}</strong> of {total}
    </>
  ),
  add: (label) => `Add a dot: ${label}`,
  remove: (label) => `Take a dot off: ${label}`,
  dots: (n) => `${n} ${n === 1 ? "dot" : "dots"}`,
};

export interface BallotPickerProps {
  readonly items: readonly RoundItem[];
  readonly dots: ReadonlyMap<string, number>;
  readonly dotsPerVoter: number;
  readonly maxPerItem: number;
  readonly onAdd: (itemId: string) => void;
  readonly onRemove: (itemId: string) => void;
  /** While voting is paused or closed: the dots show, the buttons do not work. */
  readonly disabled?: boolean;
  readonly words?: BallotWords;
  /**
   * Given, a "+" that a cap stops stays tappable (aria-disabled) and a tap calls this, so
   * the screen can say which cap it is; without it, such a "+" is simply disabled.
   */
  readonly onBlocked?: (itemId: string) => void;
  /** Shown with "dots left", which stays in view while the items scroll: a refusal, or the thanks once every dot is placed. */
  readonly notice?: ReactNode;
}

/**
 * A ballot as a resident uses it, on a phone or at the laptop: each item a large row with
 * its dots and − / + buttons, and "Dots left: 3 of 5" kept in view. The caps are shown by
 * disabling what cannot be done; the room checks them again.
 */
export function BallotPicker(props: BallotPickerProps) {
  const { items, dots, dotsPerVoter, maxPerItem, onBlocked } = props;
  const words = props.words ?? ENGLISH_BALLOT_WORDS;
  const headingId = useId();
  const left = dotsPerVoter - dotTotal(dots);
  return (
    <div className="ballot" role="group" aria-labelledby={headingId}>
      <div className="ballot__head">
        <p id={headingId} className="ballot__left" aria-live="polite" dir="auto">
          {words.left(left, dotsPerVoter)}
        </p>
        {props.notice}
      </div>
      <ul className="ballot__items">
        {items.map((item) => {
          const mine = dots.get(item.id) ?? 0;
          const capped = left <= 0 || mine >= maxPerItem;
          const blocked = !props.disabled && capped && onBlocked !== undefined;
          return (
            <li key={item.id} className={`ballot__item ${mine > 0 ? "ballot__item--chosen" : ""}`}>
              <p className="ballot__label" dir="auto">
                {item.label}
              </p>
              <div className="ballot__controls">
                <button
                  type="button"
                  className="ballot__button"
                  aria-label={words.remove(item.label)}
                  disabled={props.disabled || mine === 0}
                  onClick={() => props.onRemove(item.id)}
                >
                  −
                </button>
                <span className="ballot__count">
                  <span aria-hidden="true" className="ballot__dots">
                    {mine > 0 ? "●".repeat(Math.min(mine, 5)) + (mine > 5 ? "+" : "") : "○"}
                  </span>
                  <span className="ballot__number" aria-hidden="true">
                    {mine}
                  </span>
                  <span className="visually-hidden">{words.dots(mine)}</span>
                </span>
                <button
                  type="button"
                  className="ballot__button ballot__button--add"
                  aria-label={words.add(item.label)}
                  disabled={props.disabled || (capped && !blocked)}
                  aria-disabled={blocked || undefined}
                  onClick={() => (blocked ? onBlocked(item.id) : props.onAdd(item.id))}
                >
                  +
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
