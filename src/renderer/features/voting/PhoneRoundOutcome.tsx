import { useTranslation } from "react-i18next";
import { lookupIn, rankLabel, roundResults, type EventState, type Turnout, type VoteRound } from "../../../core";
import { turnoutWords } from "./phone-ballot-words";

/**
 * A closed round on a phone: short, so that it never pushes the rest of the screen away
 * (the event may have moved on to the next stage). Phones, like the wall, see results only
 * once the facilitator reveals them.
 */
export function PhoneRoundClosed(props: { round: VoteRound; turnout: Turnout | undefined; mine: number; refused: boolean }) {
  const { round, mine } = props;
  const { t } = useTranslation();
  return (
    <section className="phone-ballot phone-ballot--closed" aria-labelledby="phone-ballot-title">
      <h2 id="phone-ballot-title" className="phone-ballot__title" dir="auto">
        {round.title}
      </h2>
      {/* An alert when this phone's tap arrived after the close: the room refused it, and this says why. */}
      <p className="phone-ballot__closed" role={props.refused ? "alert" : "status"} dir="auto">
        {t("ballot.closed.closed")}
        {mine > 0 && ` ${t("ballot.counted", { count: mine })}`}
      </p>
      <p className="phone-ballot__turnout" dir="auto">
        {turnoutWords(t, props.turnout)} {t("ballot.blind")}
      </p>
    </section>
  );
}

/** The revealed results, ranked as on the wall: ties shown as ties, every count as words, and this phone's own dots marked. */
export function PhoneRoundResults(props: { state: EventState; round: VoteRound; mine: ReadonlyMap<string, number> }) {
  const { state, round, mine } = props;
  const { t } = useTranslation();
  const results = roundResults(round, state.ballot.values(), state.paperCount.values(), lookupIn(state));
  const most = Math.max(1, ...results.items.map((i) => i.dots));
  return (
    <section className="phone-ballot phone-results" aria-labelledby="phone-results-title">
      <h2 id="phone-results-title" className="phone-ballot__title" dir="auto">
        {/* U+2068…U+2069 isolate the round's name inside the sentence, whatever its script. */}
        {t("ballot.resultsOf", { title: `\u2068${round.title}\u2069` })}
      </h2>
      <ol className="phone-results__list">
        {results.items.map((item) => {
          const yours = mine.get(item.itemId) ?? 0;
          return (
            <li key={item.itemId} className="phone-results__item">
              <span className="phone-results__rank" dir="ltr">
                {rankLabel(item)}
              </span>
              <span className="phone-results__label" dir="auto">
                {item.label}
              </span>
              <span className="phone-results__dots" dir="auto">{t("ballot.dots", { count: item.dots })}</span>
              {yours > 0 && (
                <span className="phone-results__yours" dir="auto">{t("ballot.yours", { count: yours })}</span>
              )}
              <span className="phone-results__bar" aria-hidden="true" style={{ inlineSize: `${(item.dots / most) * 100}%` }} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
