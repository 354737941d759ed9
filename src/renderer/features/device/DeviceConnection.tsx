import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HearthClient, TransportStatus } from "../../../api";
import { pageOutbox } from "./useDeviceSession";

/** "Online", or "Offline, 3 unsent": the unsent count is the outbox, which survives a reload. */
export function DeviceConnection({ client }: { client: HearthClient }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TransportStatus>(client.status);
  const [unsent, setUnsent] = useState(pageOutbox().size);
  // Subscribe, then read again: a change between the first render and this effect (the socket
  // failing at once on a busy phone) would otherwise be missed, and "Connecting…" stay for good.
  useEffect(() => {
    const off = client.onStatus(setStatus);
    setStatus(client.status);
    return off;
  }, [client]);
  useEffect(() => {
    const off = pageOutbox().onChange((entries) => setUnsent(entries.length));
    setUnsent(pageOutbox().size);
    return off;
  }, []);
  const label = status === "online" ? t("connection.online") : status === "connecting" ? t("connection.connecting") : t("connection.offline", { count: unsent });
  return (
    <p className={`connection connection--${status}`} role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
