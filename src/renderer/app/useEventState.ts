import { useEffect, useState } from "react";
import { applyChange, eventState, RELOAD_EVENT, type EventState } from "../../core";
import { useClient } from "./ClientContext";
import type { Loaded } from "./useCallResult";

/** An event as the room has it: a snapshot, then every change from the feed, live. */
export function useEventState(eventId: string): Loaded<EventState> {
  const client = useClient();
  const [state, setState] = useState<Loaded<EventState>>({ state: "loading" });
  // Bumped when the room says the event must be loaded afresh (a backup restored, the event deleted).
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    void client.call("events.snapshot", { eventId }).then((r) => {
      if (cancelled) return;
      if (!r.ok) return setState({ state: "error", message: r.error.message });
      // The board benchmark measures first render from here (scripts/bench/board.bench.ts).
      performance.mark("hearth:snapshot");
      setState({ state: "ready", value: eventState(r.value.event, r.value, r.value.seq) });
      stop = client.watch(r.value.event.id, r.value.seq, (change) => {
        if (change.command === RELOAD_EVENT) return setGeneration((g) => g + 1);
        setState((prev) => (prev.state === "ready" ? { state: "ready", value: applyChange(prev.value, change) } : prev));
      });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [client, eventId, generation]);
  return state;
}
