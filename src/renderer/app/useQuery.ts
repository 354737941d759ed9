import { useCallback, useEffect, useState } from "react";
import type { MethodInput, MethodName, MethodOutput } from "../../api";
import { useClient } from "./ClientContext";
import type { Loaded } from "./useCallResult";

/**
 * A query that the page loads when it opens and again after each of its own commands
 * (`reload`), keeping what it showed while the new answer is on its way.
 */
export function useQuery<M extends MethodName>(method: M, input: MethodInput<M>, key: string): { result: Loaded<MethodOutput<M>>; reload: () => void } {
  const client = useClient();
  const [result, setResult] = useState<Loaded<MethodOutput<M>>>({ state: "loading" });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    void client.call(method, input).then((r) => {
      if (live) setResult(r.ok ? { state: "ready", value: r.value } : { state: "error", message: r.error.message });
    });
    return () => {
      live = false;
    };
    // `key` stands for the input: the caller's object may be new on each render.
  }, [client, method, key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { result, reload };
}

