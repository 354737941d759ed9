import { rankLabel, type RoundResults, type Turnout, type VoteRound } from "../../../core";
import { usePages } from "../../app/usePages";

const ROWS_PER_PAGE = 6;
const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/**
 * While a round runs (and all through a blind one): how many dots are down and where from, in
 * numbers a hall can read. Paper dots are said apart, so that more dots than phones never looks impossible.
 */
export function TurnoutWall({ round, turnout }: { round: VoteRound; turnout: Turnout | undefined }) {
  const paper = turnout?.paperDots ?? 0;
  const cast = (turnout?.dots ?? 0) - paper;
  const phones = turnout?.phoneVoters ?? 0;
  const atLaptop = (turnout?.voters ?? 0) - phones;
  const state = { draft: "Voting opens soon", open: "Voting is open", paused: "Voting is paused", closed: "Voting has closed", revealed: "" }[round.status];
  return (
    <div className="turnout-wall">
      <p className="turnout-wall__title" dir="auto">
        {round.title}
      </p>
      <p className="turnout-wall__counts">
        <span className="turnout-wall__line">
          <span className="turnout-wall__number">{cast}</span> {cast === 1 ? "dot" : "dots"} from <span className="turnout-wall__number">{phones}</span>{" "}
          {phones === 1 ? "phone" : "phones"}
          {atLaptop > 0 && ` and ${atLaptop} at the laptop`},
        </span>{" "}
        <span className="turnout-wall__line">
          <span className="turnout-wall__number">{paper}</span> paper {paper === 1 ? "dot" : "dots"}
        </span>
      </p>
      <p className="turnout-wall__state">
        {state}
        {round.blind && " · results appear when the facilitator reveals them"}
      </p>
    </div>
  );
}

/** The revealed results as a bar chart: rank, words, bar, and every count written as a number. */
export function ResultsWall({ results }: { results: RoundResults }) {
  const { page, pages } = usePages(results.items.length, ROWS_PER_PAGE, 15_000);
  const most = Math.max(1, ...results.items.map((i) => i.dots));
  const shown = results.items.slice(page * ROWS_PER_PAGE, page * ROWS_PER_PAGE + ROWS_PER_PAGE);
  return (
    <figure className="results-wall">
      <figcaption className="results-wall__caption">
        <span dir="auto">{results.title}</span>: {plural(results.dots, "dot")} in all, {results.phoneDots + results.laptopDots} from{" "}
        {plural(results.voters, "voter")} on phones and at the laptop, {results.paperDots} on paper
        {pages > 1 && ` · page ${page + 1} of ${pages}`}
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
            <span className="results-wall__dots">{plural(item.dots, "dot")}</span>
            <span className="results-wall__split">
              {item.phoneDots + item.laptopDots} phone · {item.paperDots} paper
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
