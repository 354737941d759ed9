import { privacyNotice, type HearthEvent, type PrivacyNotice } from "../../../core";
import { useQuery } from "../../app/useQuery";

/** The event's privacy notice, true to its settings: notes' keeping time, whether it asks "About you", and the contacts' deletion schedule. */
export function usePrivacyNotice(event: HearthEvent, key: string): { notice: PrivacyNotice | null; error: string | null; reload: () => void } {
  const { result, reload } = useQuery("contacts.view", { eventId: event.id }, `${event.id}:${key}`);
  const asked = useQuery("monitoring.set", { eventId: event.id }, `${event.id}:${key}`).result;
  if (result.state !== "ready") return { notice: null, error: result.state === "error" ? result.message : null, reload };
  if (asked.state !== "ready") return { notice: null, error: asked.state === "error" ? asked.message : null, reload };
  const notice = privacyNotice({
    title: event.title,
    date: event.date,
    retentionMonths: event.retentionMonths,
    contactKeepDays: result.value.keepDays,
    sentOn: result.value.sentOn,
    asksAboutYou: asked.value.enabled,
  });
  return { notice, error: null, reload };
}
