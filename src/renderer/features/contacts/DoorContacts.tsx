import { useId, useState } from "react";
import { en } from "../../i18n/en";
import { ContactForm } from "./ContactForm";
import "./contacts.css";

/** The facilitator's laptop at the door: type how each resident wants the report; the form empties for the next one. */
export function DoorContacts({ eventId }: { eventId: string }) {
  const headingId = useId();
  const [saved, setSaved] = useState(0);
  const words = en.hearBack;
  return (
    <section className="card hear-back" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.doorHeading}</h2>
      <p>{words.doorIntro} Only you see them, on the report&apos;s sending panel.</p>
      <p role="status" className="muted">
        {saved > 0 ? `${words.savedDoor} (${saved} typed here since this page opened.)` : ""}
      </p>
      <ContactForm eventId={eventId} words={words} door onSaved={() => setSaved((n) => n + 1)} fail={(reason) => `Not saved: ${reason}`} />
    </section>
  );
}
