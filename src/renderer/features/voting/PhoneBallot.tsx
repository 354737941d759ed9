import { useEffect, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import {
  applyBallotOp,
  currentRound,
  dotMap,
  dotTotal,
  lookupIn,
  resolveDots,
  resolveItem,
  roundItems,
  votingClosedReason,
  type Ballot,
  type EventState,
  type HearthError,
  type VoteRound,
} from "../../../core";
import { errorWords } from "../../i18n/room-errors";
import { useClient } from "../../app/ClientContext";
import { useClockOffset } from "../../app/useClockOffset";
import { BallotPicker, type BallotWords } from "./BallotPicker";
import { problemWords, rulesWords, turnoutWords, type BallotProblem, type Translate } from "./phone-ballot-words";
import { PhoneRoundClosed, PhoneRoundResults } from "./PhoneRoundOutcome";
import { useTimeLeft } from "./useServerClock";
import { clock } from "./words";
import "./voting.css";

// Sentences from the catalogues carry dir="auto": in a partial catalogue (Arabic) a message
// may come in English, and it must keep its own direction (and its full stop at its end).

/**
 * A resident's ballot on their phone, for the participant screen to mount with the event's
 * live state: the ballot while a round is open or paused, what was counted once it closes,
 * the ranked results once revealed. Every word comes from the phone's catalogues. The voter
 * is the phone itself (the room knows it by its device); every tap is a command the room
 * answers with the whole ballot, so "dots left" is the room's count.
 */
export function PhoneBallot({ state }: { state: EventState }) {
  const { t } = useTranslation();
  const round = currentRound(state);
  if (!round) return <p className="phone-ballot__idle" dir="auto">{t("ballot.idle")}</p>;
  return <RoundOnPhone key={round.id} state={state} round={round} />;
}

/** This phone's ballot in the round: asked of the room once, then kept current by answers and the feed. */
function useMyBallot(state: EventState, round: VoteRound) {
  const client = useClient();
  const [mine, setMine] = useState<Ballot | null>(null);
  const [error, setError] = useState<HearthError | null>(null);
  useEffect(() => {
    let cancelled = false;
    void client.call("votes.mine", { roundId: round.id }).then((r) => {
      if (cancelled) return;
      if (r.ok) setMine(r.value);
      else setError(r.error);
    });
    return () => {
      cancelled = true;
    };
  }, [client, round.id]);
  // The feed brings this phone's own ballot too (after a reconnect, or from another tab); the newer copy wins.
  const live = mine ? state.ballot.get(mine.id) : undefined;
  const ballot = live && mine && live.updatedSeq > mine.updatedSeq ? live : mine;
  const keep = (b: Ballot) => setMine((prev) => (!prev || b.updatedSeq >= prev.updatedSeq ? b : prev));
  return { ballot, loaded: mine !== null, error, keep };
}

function RoundOnPhone({ state, round }: { state: EventState; round: VoteRound }) {
  const { t } = useTranslation();
  const my = useMyBallot(state, round);
  // Kept here, not in the ballot: a tap the room refused because the round closed is still explained once the ballot gives way.
  const [problem, setProblem] = useState<BallotProblem | null>(null);
  // A refusal belongs to the round as it was: once it opens again (resumed, reopened), it no longer holds.
  const [status, setStatus] = useState(round.status);
  if (status !== round.status) {
    setStatus(round.status);
    if (round.status === "open") setProblem(null);
  }
  const lookup = lookupIn(state);
  const placed = resolveDots(dotMap(my.ballot?.dots ?? []), (id) => resolveItem(round.target, id, lookup));
  if (round.status === "revealed") return <PhoneRoundResults state={state} round={round} mine={placed} />;
  if (round.status === "closed") {
    const refused = problem?.kind === "room" && problem.error.code === "conflict";
    return <PhoneRoundClosed round={round} turnout={state.turnout.get(round.id)} mine={dotTotal(placed)} refused={refused} />;
  }
  if (!my.loaded)
    return (
      <section className="phone-ballot" aria-labelledby="phone-ballot-title">
        <RoundTitle round={round} />
        <p className={my.error ? "error" : undefined} role={my.error ? "alert" : undefined} dir="auto">
          {my.error ? t("ballot.refused.other", { reason: errorWords(t, my.error) }) : t("ballot.loading")}
        </p>
      </section>
    );
  return <RoundBallot state={state} round={round} placed={placed} onAnswer={my.keep} problem={problem} setProblem={setProblem} />;
}

const RoundTitle = ({ round }: { round: VoteRound }) => (
  <h2 id="phone-ballot-title" className="phone-ballot__title" dir="auto">
    {round.title}
  </h2>
);

function phoneWords(t: Translate): BallotWords {
  return {
    left: (left, total) => <Trans i18nKey="ballot.left" values={{ left, total }} components={{ b: <strong /> }} />,
    add: (item) => t("ballot.add", { item }),
    remove: (item) => t("ballot.remove", { item }),
    dots: (count) => t("ballot.dots", { count }),
  };
}

interface RoundBallotProps {
  readonly state: EventState;
  readonly round: VoteRound;
  readonly placed: ReadonlyMap<string, number>;
  readonly onAnswer: (b: Ballot) => void;
  readonly problem: BallotProblem | null;
  readonly setProblem: (p: BallotProblem | null) => void;
}

function RoundBallot({ state, round, placed, onAnswer, problem, setProblem }: RoundBallotProps) {
  const { t } = useTranslation();
  const client = useClient();
  const offset = useClockOffset() ?? 0;
  const left = useTimeLeft(round.status === "open" ? round.timer : null, offset);
  /** Taps sent and not yet answered, as a change in dots per item, so quick taps (and taps made offline) add up on screen. */
  const [pending, setPending] = useState<ReadonlyMap<string, number>>(new Map());

  const items = roundItems(round, lookupIn(state));
  const shown = new Map(placed);
  for (const [id, delta] of pending) shown.set(id, Math.max(0, (shown.get(id) ?? 0) + delta));
  // `left` ticks each second while a timer runs, so this is looked at again when time runs out.
  const now = Date.now() + offset;
  const closed = votingClosedReason(round, now);
  const total = dotTotal(shown);

  const bump = (itemId: string, delta: number) =>
    setPending((p) => {
      const next = new Map(p);
      const v = (next.get(itemId) ?? 0) + delta;
      if (v === 0) next.delete(itemId);
      else next.set(itemId, v);
      return next;
    });

  function tap(op: "add" | "remove", itemId: string) {
    if (closed) return setProblem({ kind: "closed", reason: closed });
    const check = applyBallotOp(round, shown, { op, itemId });
    if (!check.ok) return setProblem({ kind: "cap", reason: check.reason });
    setProblem(null);
    const delta = op === "add" ? 1 : -1;
    bump(itemId, delta);
    void client.call(op === "add" ? "votes.add" : "votes.remove", { roundId: round.id, itemId }).then((r) => {
      bump(itemId, -delta);
      if (r.ok) onAnswer(r.value);
      else setProblem({ kind: "room", error: r.error, op: { op, itemId } });
    });
  }

  return (
    <section className="phone-ballot" aria-labelledby="phone-ballot-title">
      <RoundTitle round={round} />
      <p className="phone-ballot__rules" dir="auto">{rulesWords(t, round, left !== null && left > 0 ? clock(left) : null)}</p>
      {closed && (
        <p className="phone-ballot__closed" role="status" dir="auto">
          {t(`ballot.closed.${closed}`)}
        </p>
      )}
      <BallotPicker
        items={items}
        dots={shown}
        dotsPerVoter={round.dotsPerVoter}
        maxPerItem={round.maxPerItem}
        disabled={closed !== null}
        words={phoneWords(t)}
        onAdd={(id) => tap("add", id)}
        onRemove={(id) => tap("remove", id)}
        onBlocked={(id) => tap("add", id)}
        notice={
          problem ? (
            <p className="error phone-ballot__message" role="alert" dir="auto">
              {problemWords(t, problem, round, placed, now)}
            </p>
          ) : (
            !closed &&
            total === round.dotsPerVoter &&
            pending.size === 0 && (
              <p className="phone-ballot__done" role="status" dir="auto">
                {t("ballot.done", { count: round.dotsPerVoter })}
              </p>
            )
          )
        }
      />
      <p className="phone-ballot__turnout" dir="auto">
        {turnoutWords(t, state.turnout.get(round.id))}
        {round.blind && ` ${t("ballot.blind")}`}
      </p>
    </section>
  );
}
