import { useId } from "react";
import { dotTotal, type RoundItem } from "../../../core";

export interface BallotPickerProps {
  readonly items: readonly RoundItem[];
  readonly dots: ReadonlyMap<string, number>;
  readonly dotsPerVoter: number;
  readonly maxPerItem: number;
  readonly onAdd: (itemId: string) => void;
  readonly onRemove: (itemId: string) => void;
  /** While voting is paused or closed: the dots show, the buttons do not work. */
  readonly disabled?: boolean;
}

/**
 * A ballot as a resident uses it, on a phone or at the laptop: each item a large row with
 * its dots and − / + buttons, and "Dots left: 3 of 5" kept in view. The caps are shown by
 * disabling what cannot be done; the room checks them again.
 */
export function BallotPicker(props: BallotPickerProps) {
  const { items, dots, dotsPerVoter, maxPerItem } = props;
  const headingId = useId();
  const left = dotsPerVoter - dotTotal(dots);
  return (
    <div className="ballot" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="ballot__left" aria-live="polite">
        Dots left: <strong>{left}</strong> of {dotsPerVoter}
      </p>
      <ul className="ballot__items">
        {items.map((item) => {
          const mine = dots.get(item.id) ?? 0;
          return (
            <li key={item.id} className={`ballot__item ${mine > 0 ? "ballot__item--chosen" : ""}`}>
              <p className="ballot__label" dir="auto">
                {item.label}
              </p>
              <div className="ballot__controls">
                <button
                  type="button"
                  className="ballot__button"
                  aria-label={`Take a dot off: ${item.label}`}
                  disabled={props.disabled || mine === 0}
                  onClick={() => props.onRemove(item.id)}
                >
                  −
                </button>
                <span className="ballot__count">
                  <span aria-hidden="true" className="ballot__dots">
                    {mine > 0 ? "●".repeat(Math.min(mine, 5)) + (mine > 5 ? "+" : "") : "○"}
                  </span>
                  <span className="ballot__number">{mine}</span>
                  <span className="visually-hidden">{mine === 1 ? " dot" : " dots"}</span>
                </span>
                <button
                  type="button"
                  className="ballot__button ballot__button--add"
                  aria-label={`Add a dot: ${item.label}`}
                  disabled={props.disabled || left === 0 || mine >= maxPerItem}
                  onClick={() => props.onAdd(item.id)}
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
