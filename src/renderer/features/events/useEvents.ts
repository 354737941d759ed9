import { useCallback, useEffect, useState } from "react";
import type { HearthEvent } from "../../../core";
import { useClient } from "../../app/ClientContext";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; value: T };

export function useEvents(): { events: Loaded<HearthEvent[]>; reload: () => void } {
  const client = useClient();
  const [events, setEvents] = useState<Loaded<HearthEvent[]>>({ state: "loading" });
  const reload = useCallback(() => {
    void client.call("events.list", {}).then((r) =>
      setEvents(r.ok ? { state: "ready", value: r.value } : { state: "error", message: r.error.message }),
    );
  }, [client]);
  useEffect(reload, [reload]);
  return { events, reload };
}
