import { useCallback, useEffect, useState } from "react";
import type { MonitoringCount, MonitoringSet } from "../../../core";
import { useTranslation } from "react-i18next";
import { useClient } from "../../app/ClientContext";
import { TallyGrid } from "./TallyGrid";

/**
 * On a helper's phone (a note-taker's): the "About you" slips tallied while the facilitator
 * runs the evening, folded away until opened. Paper tallies only: phones' answers are never
 * sent to a device.
 */
export function HelperTally({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [set, setSet] = useState<MonitoringSet | null>(null);
  const [paper, setPaper] = useState<readonly MonitoringCount[]>([]);
  const [open, setOpen] = useState(false);
  const load = useCallback(() => {
    void client.call("monitoring.paper", { eventId }).then((r) => r.ok && setPaper(r.value));
  }, [client, eventId]);
  useEffect(() => {
    void client.call("monitoring.set", { eventId }).then((r) => r.ok && setSet(r.value));
  }, [client, eventId]);
  useEffect(() => {
    if (open) load();
  }, [open, load]);
  if (!set?.enabled) return null;
  return (
    <details className="device-card helper-tally" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("aboutYou.tally.summary")}</summary>
      <p className="device-hint">{t("aboutYou.tally.hint")}</p>
      {open && <TallyGrid set={set} paper={paper} onSaved={load} />}
    </details>
  );
}
