import { EventStatus, type HearthEvent } from "../../../core";
import { distinctNames, type EventFilter } from "./event-filter";

const STATUS_LABELS: Record<EventStatus, string> = { planned: "Planned", live: "Live", closed: "Closed" };

/** Filters for the events list: by neighbourhood, partnership and status. */
export function EventFilters({ events, filter, onChange }: { events: readonly HearthEvent[]; filter: EventFilter; onChange: (f: EventFilter) => void }) {
  const choose = (label: string, field: "neighbourhood" | "partnership", any: string) => (
    <label className="filter">
      <span className="field__label">{label}</span>
      <select value={filter[field]} onChange={(e) => onChange({ ...filter, [field]: e.target.value })}>
        <option value="">{any}</option>
        {distinctNames(events, field).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="event-filters" role="search" aria-label="Filter events" onSubmit={(e) => e.preventDefault()}>
      {choose("Neighbourhood", "neighbourhood", "All neighbourhoods")}
      {choose("Partnership", "partnership", "All partnerships")}
      <label className="filter">
        <span className="field__label">Status</span>
        <select value={filter.status} onChange={(e) => onChange({ ...filter, status: EventStatus.safeParse(e.target.value).data ?? "" })}>
          <option value="">Any status</option>
          {EventStatus.options.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
