import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ContactForm, type HearBackWords } from "./ContactForm";
import "./contacts.css";

const KEY = (eventId: string) => `hearth.hearBack.${eventId}`;

/** Whether this phone already left how to send the report (only that it did: never what). */
function alreadyLeft(eventId: string): boolean {
  try {
    return localStorage.getItem(KEY(eventId)) === "left";
  } catch {
    return false;
  }
}

/**
 * On a participant's phone, at the end (after the notes and the ballot): an offer, never
 * required, to leave how they want the report. On a note-taker's phone, the same form at the
 * door for residents without a phone: it empties after each one.
 */
export function PhoneHearBack({ eventId, door }: { eventId: string; door: boolean }) {
  const { t } = useTranslation();
  const words = t("hearBack", { returnObjects: true }) as HearBackWords;
  const [open, setOpen] = useState(false);
  const [left, setLeft] = useState(() => !door && alreadyLeft(eventId));
  const [saved, setSaved] = useState(false);
  const headingId = `hear-back-${door ? "door" : "self"}`;

  function onSaved() {
    if (door) return setSaved(true);
    try {
      localStorage.setItem(KEY(eventId), "left");
    } catch {
      // Storage full or off: the thanks shows until the page reloads.
    }
    setLeft(true);
  }

  return (
    <section className="device-card hear-back" aria-labelledby={headingId}>
      <h2 id={headingId}>{door ? words.doorHeading : words.heading}</h2>
      {left ? (
        <p role="status">{words.thanks}</p>
      ) : (
        <>
          <p>{door ? words.doorIntro : words.intro}</p>
          {open ? (
            <>
              {saved && <p role="status">{words.savedDoor}</p>}
              <ContactForm eventId={eventId} words={words} door={door} onSaved={onSaved} fail={(reason) => t("hearBack.failed", { reason })} />
              <button type="button" className="hear-back__not-now" onClick={() => (setOpen(false), setSaved(false))}>
                {words.notNow}
              </button>
            </>
          ) : (
            <button type="button" className="device-big-button" onClick={() => setOpen(true)}>
              {door ? words.doorOpen : words.open}
            </button>
          )}
        </>
      )}
    </section>
  );
}
