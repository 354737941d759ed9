import type { Turnout, VoteRound } from "../../../core";
import { clock, STATUS_LABEL } from "./words";
import { useTimeLeft } from "./useServerClock";

/**
 * "34 voters, 160 dots": all anyone sees of a blind round before the reveal. Made to be read
 * across a hall, so the projector can show it as it is.
 */
export function RoundStatus({ round, turnout, serverOffset = 0 }: { round: VoteRound; turnout: Turnout | undefined; serverOffset?: number }) {
  const left = useTimeLeft(round.status === "draft" ? null : round.timer, serverOffset);
  const voters = turnout?.voters ?? 0;
  const dots = turnout?.dots ?? 0;
  return (
    <div className="round-status">
      <p className="round-status__counts">
        <span className="round-status__number">{voters}</span> {voters === 1 ? "voter" : "voters"},{" "}
        <span className="round-status__number">{dots}</span> {dots === 1 ? "dot" : "dots"}
      </p>
      <p className="round-status__state">
        <span className={`round-pill round-pill--${round.status}`}>{STATUS_LABEL[round.status]}</span>
        {round.blind && round.status !== "revealed" && <span> · Blind: results hidden until revealed</span>}
        {left !== null && round.status !== "revealed" && round.status !== "closed" && (
          <span className="round-status__timer"> · {left === 0 ? "Time is up" : `${clock(left)} left`}</span>
        )}
      </p>
    </div>
  );
}
