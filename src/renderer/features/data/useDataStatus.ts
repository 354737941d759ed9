import { useCallback, useEffect, useState } from "react";
import type { DataStatus } from "../../../api";
import { useClient } from "../../app/ClientContext";
import type { Loaded } from "../events/useEvents";

/** The data folder as the room reports it: backups, files moved aside, what happened at start. */
export function useDataStatus(): { status: Loaded<DataStatus>; reload: () => void } {
  const client = useClient();
  const [status, setStatus] = useState<Loaded<DataStatus>>({ state: "loading" });
  const reload = useCallback(() => {
    void client.call("data.status", {}).then((r) =>
      setStatus(r.ok ? { state: "ready", value: r.value } : { state: "error", message: r.error.message }),
    );
  }, [client]);
  useEffect(reload, [reload]);
  return { status, reload };
}
