import { useEffect, useRef, useState } from "react";
import type { ReportPreview } from "../../../api/methods/reports";
import { useClient } from "../../app/ClientContext";

/** Quiet time after a change before the preview is rebuilt: typing does not rebuild it on every key. */
const PREVIEW_DELAY_MS = 300;

/**
 * The report as the room would print it now, and what it found to review. Rebuilt shortly
 * after anything it depends on changes (`revision`: saved draft edits, the event's feed,
 * the names list).
 */
export function useReportPreview(eventId: string, revision: string) {
  const client = useClient();
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      void client.call("reports.preview", { eventId }).then((r) => {
        if (ticket !== latest.current) return; // a newer request is on its way
        if (r.ok) {
          setPreview(r.value);
          setError(null);
        } else setError(r.error.message);
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [client, eventId, revision]);
  return { preview, error };
}
