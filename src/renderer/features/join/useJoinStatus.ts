import { useCallback, useEffect, useState } from "react";
import type { JoinStatus, MethodInput, MethodName } from "../../../api";
import { useClient } from "../../app/ClientContext";
import type { Loaded } from "../../app/useCallResult";

/** How often the join panel asks again: who is waiting, who is online, who keeps guessing. */
const POLL_MS = 1000;

/**
 * The event's join status, asked for every second while the panel is open (devices are not
 * in the event's change feed: other devices must not learn who else is connected).
 * `run` sends a facilitator command and refreshes at once.
 */
export function useJoinStatus(eventId: string) {
  const client = useClient();
  const [status, setStatus] = useState<Loaded<JoinStatus>>({ state: "loading" });
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const r = await client.call("join.status", { eventId });
    setStatus(r.ok ? { state: "ready", value: r.value } : { state: "error", message: r.error.message });
  }, [client, eventId]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const run = useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<boolean> => {
      const r = await client.call(method, input);
      setError(r.ok ? null : r.error.message);
      await refresh();
      return r.ok;
    },
    [client, refresh],
  );

  return { status, error, run, refresh };
}
