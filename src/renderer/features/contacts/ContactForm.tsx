import { useId, useRef, useState, type FormEvent } from "react";
import { checkContact, CONTACT_ADDRESS_MAX, CONTACT_EMAIL_MAX, CONTACT_NAME_MAX, ContactChannel, type ContactProblem } from "../../../core";
import { useClient } from "../../app/ClientContext";
import type { Catalogue } from "../../i18n/en";

/** The words of the form, from the phone's catalogue (or English at the laptop). */
export type HearBackWords = Catalogue["hearBack"];

const DETAIL_KIND = { text: "tel", email: "email", post: "address", collect: null } as const;

/**
 * How a resident wants the report: a channel and what it needs (a number, an email, an
 * address; nothing to collect at the hub), and a name if they like. Checked here with core's
 * rule first, so a mistake is said at once in the phone's language; the room checks again.
 * Nothing typed is kept on the device: the form empties once the room has it.
 */
export function ContactForm(props: { eventId: string; words: HearBackWords; door: boolean; onSaved: () => void; fail: (reason: string) => string }) {
  const { eventId, words, door, onSaved, fail } = props;
  const client = useClient();
  const id = useId();
  const [channel, setChannel] = useState<ContactChannel>("text");
  const [detail, setDetail] = useState("");
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const detailRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const checked = checkContact({ channel, name, detail: channel === "collect" ? "" : detail });
    if (!checked.ok) {
      setProblem(words.problem[checked.problem satisfies ContactProblem]);
      detailRef.current?.focus();
      return;
    }
    setBusy(true);
    const r = await client.call("contacts.leave", { eventId, contact: checked.value });
    setBusy(false);
    if (!r.ok) return setProblem(fail(r.error.message));
    setProblem(null);
    setDetail("");
    setName("");
    onSaved();
  }

  const kind = DETAIL_KIND[channel];
  const detailLabel = channel === "text" ? words.phone : channel === "email" ? words.email : words.address;
  const problemId = `${id}-problem`;
  const described = problem ? problemId : undefined;
  return (
    <form className="contact-form" onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className="contact-form__channels">
        <legend>{words.how}</legend>
        {ContactChannel.options.map((c) => (
          <label key={c} className="contact-form__channel">
            <input
              type="radio"
              name={`${id}-channel`}
              value={c}
              checked={channel === c}
              onChange={() => {
                setChannel(c);
                setProblem(null);
              }}
            />
            <span>{words.channel[c]}</span>
          </label>
        ))}
      </fieldset>
      {kind !== null && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-detail`}>
            {detailLabel}
          </label>
          {kind === "address" ? (
            <textarea
              id={`${id}-detail`}
              ref={detailRef}
              rows={3}
              dir="auto"
              autoComplete={door ? "off" : "street-address"}
              value={detail}
              maxLength={CONTACT_ADDRESS_MAX * 2}
              aria-invalid={problem ? true : undefined}
              aria-describedby={described}
              onChange={(e) => (setDetail(e.target.value), setProblem(null))}
            />
          ) : (
            <input
              id={`${id}-detail`}
              ref={detailRef}
              type={kind}
              dir="ltr"
              inputMode={kind === "tel" ? "tel" : "email"}
              autoComplete={door ? "off" : kind === "tel" ? "tel" : "email"}
              value={detail}
              maxLength={kind === "tel" ? 40 : CONTACT_EMAIL_MAX}
              aria-invalid={problem ? true : undefined}
              aria-describedby={described}
              onChange={(e) => (setDetail(e.target.value), setProblem(null))}
            />
          )}
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {door ? words.nameDoor : words.name}
        </label>
        <input
          id={`${id}-name`}
          dir="auto"
          autoComplete={door ? "off" : "name"}
          value={name}
          maxLength={CONTACT_NAME_MAX * 2}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      {problem && (
        <p id={problemId} role="alert" className="error">
          {problem}
        </p>
      )}
      <button type="submit" className="button--primary contact-form__send" disabled={busy}>
        {busy ? words.saving : door ? words.save : words.send}
      </button>
    </form>
  );
}
