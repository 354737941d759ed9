import { useCallback, useState } from "react";
import { contract, type MethodInput, type MethodName, type MethodOutput } from "../../api";
import { useClient } from "./ClientContext";

/**
 * Calls the room from a button or form: `busy` while waiting (so a double press sends one
 * command), and the room's refusal kept as `error` for the screen to show as it is. Input is
 * checked first with the method's own schema, so a mistake is explained at once, in the
 * schema's words (the room checks again: this only saves a round trip).
 */
export function useCommand() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M> | null> => {
      const checked = contract[method].input.safeParse(input);
      if (!checked.success) {
        setError(checked.error.issues.map((i) => i.message).slice(0, 3).join(". "));
        return null;
      }
      setBusy(true);
      setError(null);
      try {
        const result = await client.call(method, input);
        if (result.ok) return result.value;
        setError(result.error.message);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [client],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
