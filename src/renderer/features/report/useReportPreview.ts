import { useCallback, useEffect, useRef, useState } from "react";
import type { ReportPreview } from "../../../api/methods/reports";
import { useClient } from "../../app/ClientContext";

/** Quiet time after an edit before the preview is rebuilt: typing does not rebuild it on every key. */
export const EDIT_DELAY_MS = 300;
/**
 * While the event runs, its feed changes with every note and vote. The preview follows it at
 * most once in this time, however fast changes come: building it takes the room tens to
 * hundreds of milliseconds on a big event.
 */
export const FEED_DELAY_MS = 2000;

/**
 * The report as the room would print it now, and what it found to review. Rebuilt shortly
 * after the organiser's own changes (`edits`: saved draft edits, the names list, the logo),
 * and at most every FEED_DELAY_MS as the event's feed moves on (`feedSeq`). Never while the
 * page is hidden (another tab in front): it catches up when shown again.
 */
export function useReportPreview(eventId: string, edits: string, feedSeq: number) {
  const client = useClient();
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const missed = useRef(false);

  const build = useCallback(() => {
    timer.current = null;
    if (document.visibilityState === "hidden") {
      missed.current = true;
      return;
    }
    missed.current = false;
    const ticket = ++latest.current;
    void client.call("reports.preview", { eventId }).then((r) => {
      if (ticket !== latest.current) return; // a newer request is on its way
      if (r.ok) {
        setPreview(r.value);
        setError(null);
      } else setError(r.error.message);
    });
  }, [client, eventId]);

  /** `restart`: the wait starts again (an edit); otherwise changes join a rebuild already due. */
  const schedule = useCallback(
    (delay: number, restart: boolean) => {
      if (timer.current && !restart) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(build, delay);
    },
    [build],
  );

  useEffect(() => schedule(EDIT_DELAY_MS, true), [schedule, edits]);
  const seenSeq = useRef(feedSeq);
  useEffect(() => {
    if (feedSeq === seenSeq.current) return;
    seenSeq.current = feedSeq;
    schedule(FEED_DELAY_MS, false);
  }, [schedule, feedSeq]);
  useEffect(() => {
    const onShown = () => {
      if (document.visibilityState === "visible" && missed.current) schedule(0, true);
    };
    document.addEventListener("visibilitychange", onShown);
    return () => document.removeEventListener("visibilitychange", onShown);
  }, [schedule]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    },
    [],
  );
  return { preview, error };
}
