import { useEffect, useRef, useState } from "react";
import { newId, type ThreadExportJob, type ThreadExportKind } from "../../../api";
import { useClient } from "../../app/ClientContext";

const POLL_MS = 250;
const FINAL = new Set(["done", "failed", "cancelled"]);

/** Starts a neighbourhood export and follows its steps by asking the room, as the report's export does. */
export function useThreadExport(neighbourhoodId: string) {
  const client = useClient();
  const [job, setJob] = useState<ThreadExportJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function start(kind: ThreadExportKind, format: "pdf" | "markdown", period: { since?: string; until?: string }) {
    setError(null);
    const exportId = newId();
    const r = await client.call("neighbourhoods.export", { exportId, neighbourhoodId, kind, format, ...period });
    if (!r.ok) return setError(r.error.message);
    setJob(r.value);
    const poll = async () => {
      const s = await client.call("neighbourhoods.exportStatus", { exportId });
      if (!s.ok) return setError(s.error.message);
      setJob(s.value);
      if (!FINAL.has(s.value.status)) timer.current = setTimeout(() => void poll(), POLL_MS);
    };
    timer.current = setTimeout(() => void poll(), POLL_MS);
  }

  return { job, error, busy: job !== null && !FINAL.has(job.status), start };
}
