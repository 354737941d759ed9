import { useCallback, useEffect, useState } from "react";
import { MONITORING_COUNT_MAX, type MonitoringCount, type MonitoringSet } from "../../../core";
import { useTranslation } from "react-i18next";
import { useClient } from "../../app/ClientContext";
import { errorWords } from "../../i18n/room-errors";
import { optionText, questionText } from "./phone-words";
import { TallyGrid, type TallyWords } from "./TallyGrid";

/**
 * On a helper's phone (a note-taker's): the "About you" slips tallied while the facilitator
 * runs the evening, folded away until opened. Paper tallies only: phones' answers are never
 * sent to a device.
 */
export function HelperTally({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
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
  // The grid in the phone's language: its questions, options and refusals too.
  const words: TallyWords = {
    answer: t("aboutYou.tally.answer"),
    slips: t("aboutYou.tally.slips"),
    invalid: t("aboutYou.tally.invalid", { max: MONITORING_COUNT_MAX.toLocaleString(i18n.language) }),
    question: (q) => questionText(t, q),
    option: (q, o) => optionText(t, q, o),
    refused: (error) => errorWords(t, error),
  };
  return (
    <details className="device-card helper-tally" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("aboutYou.tally.summary")}</summary>
      <p className="device-hint">{t("aboutYou.tally.hint")}</p>
      {open && <TallyGrid set={set} paper={paper} onSaved={load} words={words} />}
    </details>
  );
}
