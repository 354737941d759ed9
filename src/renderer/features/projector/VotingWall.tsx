import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { rankLabel, type RoundResults, type Turnout, type VoteRound } from "../../../core";
import { usePages } from "../../app/usePages";

const ROWS_PER_PAGE = 6;

/**
 * While a round runs (and all through a blind one): how many dots are down and where from, in
 * numbers a hall can read. Paper dots are said apart, so that more dots than phones never looks impossible.
 */
export function TurnoutWall({ round, turnout }: { round: VoteRound; turnout: Turnout | undefined }) {
  const { t } = useTranslation();
  const paper = turnout?.paperDots ?? 0;
  const cast = (turnout?.dots ?? 0) - paper;
  const phones = turnout?.phoneVoters ?? 0;
  const atLaptop = (turnout?.voters ?? 0) - phones;
  const state = round.status === "revealed" ? "" : t(`wall.vote.${round.status}`);
  const fromPhones = t("wall.vote.fromPhones", { dots: t("wall.vote.dots", { count: cast }), phones: t("wall.vote.phones", { count: phones }) });
  return (
    <div className="turnout-wall">
      <p className="turnout-wall__title" dir="auto">
        {round.title}
      </p>
      <p className="turnout-wall__counts">
        <span className="turnout-wall__line">
          {bigNumbers(fromPhones)}
          {atLaptop > 0 && ` ${t("wall.vote.atLaptop", { count: atLaptop })}`}
          {t("wall.vote.sep")}
        </span>{" "}
        <span className="turnout-wall__line">{bigNumbers(t("wall.vote.paper", { count: paper }))}</span>
      </p>
      <p className="turnout-wall__state">
        {state}
        {round.blind && ` · ${t("wall.vote.blind")}`}
      </p>
    </div>
  );
}

/** Each number in a sentence set large for the hall, whatever the language puts around it. */
function bigNumbers(text: string): ReactNode[] {
  return text.split(/(\d+)/).map((part, i) => (i % 2 === 1 ? <span key={i} className="turnout-wall__number">{part}</span> : part));
}

/** The revealed results as a bar chart: rank, words, bar, and every count written as a number. */
export function ResultsWall({ results }: { results: RoundResults }) {
  const { t } = useTranslation();
  const { page, pages } = usePages(results.items.length, ROWS_PER_PAGE, 15_000);
  const most = Math.max(1, ...results.items.map((i) => i.dots));
  const shown = results.items.slice(page * ROWS_PER_PAGE, page * ROWS_PER_PAGE + ROWS_PER_PAGE);
  return (
    <figure className="results-wall">
      <figcaption className="results-wall__caption">
        <bdi>{results.title}</bdi>:{" "}
        {t("wall.vote.caption", {
          all: t("wall.vote.dots", { count: results.dots }),
          cast: results.phoneDots + results.laptopDots,
          voters: t("wall.vote.voters", { count: results.voters }),
          paper: results.paperDots,
        })}
        {pages > 1 && ` · ${t("wall.page", { page: page + 1, pages })}`}
      </figcaption>
      <ol className="results-wall__list">
        {shown.map((item) => (
          <li key={item.itemId} className="results-wall__row">
            <span className="results-wall__rank">{rankLabel(item)}</span>
            <span className="results-wall__label" dir="auto">
              {item.label}
            </span>
            <span className="results-wall__track" aria-hidden="true">
              <span className="results-wall__bar" style={{ width: `${(item.dots / most) * 100}%` }} />
            </span>
            <span className="results-wall__dots">{t("wall.vote.dots", { count: item.dots })}</span>
            <span className="results-wall__split">
              {t("wall.vote.split", { phone: item.phoneDots + item.laptopDots, paper: item.paperDots })}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
