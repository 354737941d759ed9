import { useEffect, useRef } from "react";
import { placeFeedId } from "../../../core";
import { useClient } from "../../app/ClientContext";

/** Changes arriving together (a command's several records, another tab's burst) load the page once. */
const SETTLE_MS = 150;

/**
 * Follows a neighbourhood's (or partnership's) own change feed from the page's first load and
 * loads the page again when a change arrives: another tab or window changing a priority's
 * status, a win, a progress line shows here without a reload.
 */
export function useLiveThread(feedId: string | null, sinceSeq: number | null, reload: () => void): void {
  const client = useClient();
  const since = useRef<number | null>(null);
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  if (since.current === null && sinceSeq !== null) since.current = sinceSeq;
  const ready = feedId !== null && since.current !== null;
  useEffect(() => {
    if (!ready || feedId === null || since.current === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = client.watch(placeFeedId(feedId), since.current, () => {
      clearTimeout(timer);
      timer = setTimeout(() => reloadRef.current(), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [client, feedId, ready]);
}
