import { useCallback, useEffect, useState } from "react";
import type { MethodInput, MethodName, MethodOutput } from "../../api";
import { useClient } from "./ClientContext";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; value: T };

/**
 * Calls a method when the screen opens (and again on `reload`), as loading, error or ready.
 * `input` is read when (re)loading; pass a stable value (a constant or memoised object).
 */
export function useCallResult<M extends MethodName>(method: M, input: MethodInput<M>): { result: Loaded<MethodOutput<M>>; reload: () => void } {
  const client = useClient();
  const [result, setResult] = useState<Loaded<MethodOutput<M>>>({ state: "loading" });
  const reload = useCallback(() => {
    void client.call(method, input).then((r) => setResult(r.ok ? { state: "ready", value: r.value } : { state: "error", message: r.error.message }));
  }, [client, method, input]);
  useEffect(reload, [reload]);
  return { result, reload };
}
