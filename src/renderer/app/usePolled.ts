import { useEffect, useState } from "react";
import type { MethodInput, MethodName, MethodOutput } from "../../api";
import { useClient } from "./ClientContext";

/** How often a screen asks again for what is not in the change feed (devices, the join poster). */
export const POLL_MS = 3000;

/**
 * A query asked when the screen opens and again every `everyMs` while it shows: for what the
 * change feed does not carry (devices are not in it: other devices must not learn who else is
 * connected). Null until the first answer, and while the room refuses.
 */
export function usePolled<M extends MethodName>(method: M, input: MethodInput<M>, key: string, everyMs = POLL_MS): MethodOutput<M> | null {
  const client = useClient();
  const [value, setValue] = useState<MethodOutput<M> | null>(null);
  useEffect(() => {
    let live = true;
    const ask = async () => {
      const r = await client.call(method, input);
      if (live) setValue(r.ok ? r.value : null);
    };
    void ask();
    const timer = setInterval(() => void ask(), everyMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
    // `key` stands for the input: the caller's object may be new on each render.
  }, [client, method, key, everyMs]);
  return value;
}
