import { useEffect } from "react";
import { combinedCounts, MONITORING_COUNT_MAX, whoWeHeardFrom } from "../../../core";
import { hrefFor } from "../../app/router";
import { useQuery } from "../../app/useQuery";
import { Bidi } from "../../ui/Bidi";
import { EventBreadcrumb } from "../../ui/EventBreadcrumb";
import { useEventState } from "../../app/useEventState";
import { HeardTables } from "./HeardTables";
import { en } from "../../i18n/en";
import { TallyGrid, type TallyWords } from "./TallyGrid";

/** The facilitator's screens are in English: the grid's words from the English catalogue, questions and options as stored. */
const LAPTOP_WORDS: TallyWords = {
  answer: en.aboutYou.tally.answer,
  slips: en.aboutYou.tally.slips,
  invalid: en.aboutYou.tally.invalid.replace("{{max}}", MONITORING_COUNT_MAX.toLocaleString("en-GB")),
  question: (q) => q.label,
  option: (_q, o) => o.label,
  refused: (error) => error.message,
};

const REFRESH_MS = 5000;

/**
 * #/events/<id>/about-you: who we heard from so far (phones and paper together, suppressed as
 * in the report) and the paper slips' tally. Phones' answers are not in the feed, so the counts
 * are asked for again every few seconds.
 */
export function MonitoringPage({ eventId }: { eventId: string }) {
  const loaded = useEventState(eventId);
  const title = loaded.state === "ready" ? loaded.value.event.title : null;
  const set = useQuery("monitoring.set", { eventId }, eventId);
  const counts = useQuery("monitoring.counts", { eventId }, eventId);
  const reloadCounts = counts.reload;
  useEffect(() => {
    document.title = `Who we heard from: ${title ?? "Event"} · Hearth`;
  }, [title]);
  useEffect(() => {
    const timer = setInterval(reloadCounts, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reloadCounts]);

  const setup = hrefFor({ name: "event-setup", eventId });
  const body = (() => {
    if (set.result.state === "loading" || counts.result.state === "loading") return <p>Loading…</p>;
    if (set.result.state === "error") return <p role="alert">{set.result.message}</p>;
    if (counts.result.state === "error") return <p role="alert">{counts.result.message}</p>;
    const s = set.result.value;
    const c = counts.result.value;
    if (!s.enabled)
      return (
        <p>
          This event does not ask “About you”. Turn it on in <a href={setup}>Set up</a>.
        </p>
      );
    const heard = whoWeHeardFrom(s, combinedCounts(c.phone, c.paper));
    return (
      <>
        <section className="card" aria-labelledby="heard-heading">
          <h2 id="heard-heading">Who we heard from so far</h2>
          <p className="muted">
            Phones and paper slips together, as the report shows them: 1 to 4 reads “fewer than 5”, and a second number is hidden where a total would give one away. {c.phones}{" "}
            {c.phones === 1 ? "phone has" : "phones have"} answered.
          </p>
          {heard && <HeardTables heard={heard} />}
        </section>
        <section className="card" aria-labelledby="tally-heading">
          <h2 id="tally-heading">Paper slips</h2>
          <p className="muted">Count the slips and type how many gave each answer. Tab or Enter moves to the next box; typing a box again corrects it.</p>
          <TallyGrid set={s} paper={c.paper} onSaved={reloadCounts} words={LAPTOP_WORDS} />
        </section>
      </>
    );
  })();

  return (
    <div className="monitoring-page">
      <EventBreadcrumb eventId={eventId} title={title} />
      <h1>
        Who we heard from{title && <>: <Bidi>{title}</Bidi></>}
      </h1>
      {body}
    </div>
  );
}
