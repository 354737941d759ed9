import type { EventStatus } from "../../core";

const WORDS: Record<EventStatus, string> = { planned: "Planned", live: "Live now", closed: "Closed" };

/** Status in words and shape, never colour alone: planned (outline), live (filled), closed (muted). */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  return (
    <span className={`status status--${status}`}>
      <span className="visually-hidden">Status: </span>
      {WORDS[status]}
    </span>
  );
}
