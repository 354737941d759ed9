import { useEffect } from "react";
import { hrefFor } from "../../app/router";
import { useEventState } from "../../app/useEventState";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { PrivacyNoticeText } from "./PrivacyNotice";
import { usePrivacyNotice } from "./usePrivacyNotice";
import type { HearthEvent } from "../../../core";
import "./privacy.css";

/** #/events/<id>/privacy-notice: the notice alone, to print and put up at the door. */
export function PrivacyNoticePage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  if (loaded.state === "loading") return <p>Loading the privacy notice…</p>;
  if (loaded.state === "error") return <ErrorMessage error={loaded.message} />;
  return <Notice event={loaded.value.event} />;
}

function Notice({ event }: { event: HearthEvent }) {
  const { notice, error } = usePrivacyNotice(event, `${event.retentionMonths ?? ""}`);
  useEffect(() => {
    document.title = `Privacy notice: ${event.title} · Hearth`;
  }, [event.title]);
  return (
    <div className="privacy-notice-page">
      <p className="privacy-notice-page__controls">
        <a href={hrefFor({ name: "event", eventId: event.id })}>Back to the event</a>{" "}
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Print the privacy notice
        </button>
      </p>
      <ErrorMessage error={error} />
      {notice ? <PrivacyNoticeText notice={notice} headingLevel={1} /> : !error && <p>Loading the privacy notice…</p>}
    </div>
  );
}
