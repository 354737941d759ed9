import { useEffect, useState } from "react";
import type { HearthClient } from "../../api";
import type { FeedbackClocks } from "../../api/methods/reports";
import { useClient } from "./ClientContext";
import type { Loaded } from "./useCallResult";

/** Badges mounted together share one answer for this long, so a list of 50 events asks once. */
const SHARE_MS = 1500;
const shared = new WeakMap<HearthClient, { at: number; promise: Promise<Loaded<FeedbackClocks>> }>();

function fetchClocks(client: HearthClient): Promise<Loaded<FeedbackClocks>> {
  const cached = shared.get(client);
  if (cached && Date.now() - cached.at < SHARE_MS) return cached.promise;
  const promise = client.call("reports.clock", {}).then((r): Loaded<FeedbackClocks> => (r.ok ? { state: "ready", value: r.value } : { state: "error", message: r.error.message }));
  shared.set(client, { at: Date.now(), promise });
  return promise;
}

/** Every event's report due date and sending record, with the room's "today". */
export function useFeedbackClocks(): Loaded<FeedbackClocks> {
  const client = useClient();
  const [clocks, setClocks] = useState<Loaded<FeedbackClocks>>({ state: "loading" });
  useEffect(() => {
    let live = true;
    void fetchClocks(client).then((c) => live && setClocks(c));
    return () => {
      live = false;
    };
  }, [client]);
  return clocks;
}
