import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HearthClient, TransportStatus } from "../../../api";
import { pageOutbox } from "./useDeviceSession";

/** "Online", or "Offline, 3 unsent": the unsent count is the outbox, which survives a reload. */
export function DeviceConnection({ client }: { client: HearthClient }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TransportStatus>(client.status);
  const [unsent, setUnsent] = useState(pageOutbox().size);
  useEffect(() => client.onStatus(setStatus), [client]);
  useEffect(() => pageOutbox().onChange((entries) => setUnsent(entries.length)), []);
  const label = status === "online" ? t("connection.online") : status === "connecting" ? t("connection.connecting") : t("connection.offline", { count: unsent });
  return (
    <p className={`connection connection--${status}`} role="status" aria-live="polite">
      <span className="connection__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
