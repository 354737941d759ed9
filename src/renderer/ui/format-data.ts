import { localToday } from "../../core";
import { formatDate } from "./format";

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
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${formatDate(localToday(d))}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
