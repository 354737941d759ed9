import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { newId } from "../../../api";
import { optionsOf, type MonitoringQuestion, type MonitoringSet } from "../../../core";
import { useClient } from "../../app/ClientContext";
import { groupedOptions, groupText, optionText, questionText } from "./phone-words";
import "./about-you.css";

const skippedKey = (eventId: string) => `hearth.aboutYou.skipped.${eventId}`;
function wasSkipped(eventId: string): boolean {
  try {
    return localStorage.getItem(skippedKey(eventId)) === "1";
  } catch {
    return false;
  }
}

/**
 * "About you", offered on a resident's phone once they have added a note or the vote is over
 * (DeviceHome decides), never before and never required: "Skip" sits beside "Send", the same
 * size. Answers go in one command; the room keeps only counts (monitoring.answer).
 */
export function AboutYouPhone({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [set, setSet] = useState<MonitoringSet | null>(null);
  const [answered, setAnswered] = useState<boolean | null>(null);
  const [skipped, setSkipped] = useState(() => wasSkipped(eventId));
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [thanked, setThanked] = useState(false);
  // One command id per form, so a resend after a dropped connection counts once.
  const [commandId] = useState(newId);

  useEffect(() => {
    if (skipped) return;
    let live = true;
    void Promise.all([client.call("monitoring.set", { eventId }), client.call("monitoring.mine", { eventId })]).then(([s, m]) => {
      if (!live) return;
      if (s.ok) setSet(s.value);
      if (m.ok) setAnswered(m.value.answered);
    });
    return () => {
      live = false;
    };
  }, [client, eventId, skipped]);

  if (thanked)
    return (
      <p className="device-card about-you__thanks" role="status">
        {t("aboutYou.thanks")}
      </p>
    );
  if (skipped || !set?.enabled || answered !== false || set.questions.length === 0) return null;

  const skip = () => {
    try {
      localStorage.setItem(skippedKey(eventId), "1");
    } catch {
      // Private browsing: skipped for this visit only.
    }
    setSkipped(true);
  };
  const send = async () => {
    setSending(true);
    setError(null);
    const answers = [...chosen].map(([questionId, optionId]) => ({ questionId, optionId }));
    const r = await client.call("monitoring.answer", { eventId, answers }, { commandId });
    setSending(false);
    if (r.ok) setThanked(true);
    else setError(r.error.message);
  };

  return (
    <section className="device-card about-you" aria-labelledby="about-you-heading">
      <h2 id="about-you-heading">{t("aboutYou.heading")}</h2>
      <p>{t("aboutYou.intro")}</p>
      <p className="about-you__hint">{t("aboutYou.skipAny")}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        {set.questions.map((q) => (
          <Question key={q.id} question={q} chosen={chosen.get(q.id)} onChoose={(optionId) => setChosen((m) => new Map(m).set(q.id, optionId))} />
        ))}
        {error && (
          <p role="alert" className="error">
            {t("aboutYou.notSent", { reason: error })}
          </p>
        )}
        <div className="about-you__buttons">
          <button type="submit" className="button button--primary" disabled={sending}>
            {sending ? t("aboutYou.sending") : t("aboutYou.send")}
          </button>
          <button type="button" className="button" onClick={skip} disabled={sending}>
            {t("aboutYou.skip")}
          </button>
        </div>
      </form>
    </section>
  );
}

function Question({ question, chosen, onChoose }: { question: MonitoringQuestion; chosen: string | undefined; onChoose: (optionId: string) => void }) {
  const { t } = useTranslation();
  const name = `about-you-${question.id}`;
  return (
    <fieldset className="about-you__question">
      <legend dir="auto">{questionText(t, question)}</legend>
      {groupedOptions(optionsOf(question)).map((run, i) => (
        <div key={`${run.group ?? ""}-${i}`} className="about-you__group">
          {run.group && (
            <p className="about-you__group-label" dir="auto">
              {groupText(t, run.group)}
            </p>
          )}
          {run.options.map((o) => (
            <label key={o.id} className="about-you__option">
              <input type="radio" name={name} value={o.id} checked={chosen === o.id} onChange={() => onChoose(o.id)} />
              <span dir="auto">{optionText(t, question, o)}</span>
            </label>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
