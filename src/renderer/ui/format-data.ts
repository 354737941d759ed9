import { localToday } from "../../core";
import { formatDate, formatTime } from "./format";

/** A size in words a person reads at a glance: "812 KB", "3.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

/** A moment as this computer's local day and time: "Sun 22 Nov 2026, 07:15". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(localToday(d))}, ${formatTime(iso)}`;
}
