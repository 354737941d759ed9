import { feedbackClock, SENT_CHANNEL_LABELS, type ReportSent } from "../../core";
import { formatDate } from "./format";
import { useFeedbackClocks } from "../app/useFeedbackClocks";

/** "Report: 3 days left", "Report: 2 days overdue", "Report sent 20 Nov 2026 (printed, emailed)": the 10-day clock at a glance. */
export function FeedbackClockText({ feedbackDueOn, sent, today }: { feedbackDueOn: string; sent: ReportSent | null; today: string }) {
  const clock = feedbackClock(feedbackDueOn, sent?.sentOn ?? null, today);
  const text =
    clock.state === "sent" && sent
      ? `Report sent ${formatDate(sent.sentOn)} (${sent.channels.map((c) => SENT_CHANNEL_LABELS[c]).join(", ")}), ${clock.label}`
      : `Report due ${formatDate(feedbackDueOn)}: ${clock.label}`;
  return <span className={`clock clock--${clock.state}`}>{text}</span>;
}

/** The badge in the events list; every badge on the page shares one query. */
export function FeedbackClockBadge({ eventId }: { eventId: string }) {
  const clocks = useFeedbackClocks();
  if (clocks.state !== "ready") return null;
  const entry = clocks.value.reports.find((r) => r.eventId === eventId);
  if (!entry) return null;
  return <FeedbackClockText feedbackDueOn={entry.feedbackDueOn} sent={entry.sent} today={clocks.value.today} />;
}
