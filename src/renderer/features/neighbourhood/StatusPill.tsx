import { PRIORITY_STATUS_LABELS, type PriorityStatus } from "../../../core";

/** Where a priority stands, in words (never colour alone). */
export function StatusPill({ status }: { status: PriorityStatus }) {
  return <span className={`status-pill status-pill--${status}`}>{PRIORITY_STATUS_LABELS[status]}</span>;
}
