import { Bidi } from "../../ui/Bidi";

/**
 * "Move up" / "Move down" for one item of an ordered list; the hidden text says which item,
 * for screen readers. `compact` shows only the arrows (for the many rows of prompts).
 */
export function MoveButtons(props: {
  id: string;
  what: string;
  name: string;
  index: number;
  count: number;
  busy: boolean;
  compact?: boolean;
  onMove: (toIndex: number, direction: "up" | "down") => void;
}) {
  const { id, what, name, index, count, busy, onMove, compact = false } = props;
  const button = (direction: "up" | "down", to: number, disabled: boolean) => (
    <button
      type="button"
      className={`button button--small${compact ? " button--icon" : ""}`}
      data-focus-key={`${id}:${direction}`}
      disabled={busy || disabled}
      title={compact ? `Move ${direction}` : undefined}
      onClick={() => onMove(to, direction)}
    >
      <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
      <span className={compact ? "visually-hidden" : undefined}> Move {direction}</span>
      <span className="visually-hidden">
        : {what} <Bidi>{name}</Bidi>
      </span>
    </button>
  );
  return (
    <>
      {button("up", index - 1, index === 0)}
      {button("down", index + 1, index === count - 1)}
    </>
  );
}
