import { useCallback, useEffect, useState } from "react";
import type { JoinStatus, MethodInput, MethodName } from "../../../api";
import { useClient } from "../../app/ClientContext";
import type { Loaded } from "../../app/useCallResult";

/** How often the join panel asks whether anything changed (join.digest: a few bytes). */
const POLL_MS = 1000;
/** How often it asks for the whole status anyway: "last seen" times move without changing the digest. */
const FULL_MS = 30_000;

/**
 * The event's join status, kept current while the panel is open (devices are not in the
 * event's change feed: other devices must not learn who else is connected): its digest is
 * asked for every second, the whole status when the digest changed.
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
    let last: string | undefined;
    let fetchedAt = 0;
    const check = async () => {
      const d = await client.call("join.digest", { eventId });
      const digest = d.ok ? d.value : undefined;
      if (digest !== undefined && digest === last && Date.now() - fetchedAt < FULL_MS) return;
      last = digest;
      fetchedAt = Date.now();
      await refresh();
    };
    void check();
    const timer = setInterval(() => void check(), POLL_MS);
    return () => clearInterval(timer);
  }, [client, eventId, refresh]);

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
