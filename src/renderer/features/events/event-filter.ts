import type { EventStatus, HearthEvent } from "../../../core";

/** The events list's filter: "" means any. Names compare whatever their case, as the name lists do. */
export interface EventFilter {
  readonly neighbourhood: string;
  readonly partnership: string;
  readonly status: EventStatus | "";
}

export const NO_FILTER: EventFilter = { neighbourhood: "", partnership: "", status: "" };

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;

export function filterEvents(events: readonly HearthEvent[], f: EventFilter): HearthEvent[] {
  return events.filter(
    (e) => (!f.neighbourhood || same(e.neighbourhood, f.neighbourhood)) && (!f.partnership || same(e.partnership, f.partnership)) && (!f.status || e.status === f.status),
  );
}

/** The distinct non-empty values of one field, sorted, for a filter's choices. */
export function distinctNames(events: readonly HearthEvent[], field: "neighbourhood" | "partnership"): string[] {
  const seen = new Map<string, string>();
  for (const e of events) if (e[field] && !seen.has(e[field].toLocaleLowerCase())) seen.set(e[field].toLocaleLowerCase(), e[field]);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
