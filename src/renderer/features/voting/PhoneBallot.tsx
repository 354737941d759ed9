import { useEffect, useState } from "react";
import {
  applyBallotOp,
  dotMap,
  dotTotal,
  lookupIn,
  resolveDots,
  resolveItem,
  roundItems,
  votingClosedMessage,
  type Ballot,
  type EventState,
  type VoteRound,
} from "../../../core";
import { useClient } from "../../app/ClientContext";
import { BallotPicker } from "./BallotPicker";
import { clock, counted } from "./words";
import { useServerOffset, useTimeLeft } from "./useServerClock";
import "./voting.css";

/** The round a phone shows: the latest one open or paused, else the latest that has closed, else none. */
export function currentRound(state: EventState): VoteRound | undefined {
  const rounds = [...state.round.values()].sort((a, b) => b.createdSeq - a.createdSeq);
  return rounds.find((r) => r.status === "open" || r.status === "paused") ?? rounds.find((r) => r.status === "closed" || r.status === "revealed");
}

/**
 * A resident's ballot on their phone, for the participant screen to mount with the event's
 * live state. The voter is the phone itself (the room knows it by its device); every tap is
 * a command the room answers with the whole ballot, so "dots left" is the room's count.
 */
export function PhoneBallot({ state }: { state: EventState }) {
  const round = currentRound(state);
  if (!round) return <p className="phone-ballot__idle">No vote is open right now. This screen changes when voting starts.</p>;
  return <RoundBallot key={round.id} state={state} round={round} />;
}

function RoundBallot({ state, round }: { state: EventState; round: VoteRound }) {
  const client = useClient();
  const offset = useServerOffset(round.eventId);
  const left = useTimeLeft(round.status === "open" ? round.timer : null, offset);
  const [mine, setMine] = useState<Ballot | null>(null);
  /** Taps sent and not yet answered, as a change in dots per item, so quick taps add up on screen. */
  const [pending, setPending] = useState<ReadonlyMap<string, number>>(new Map());
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void client.call("votes.mine", { roundId: round.id }).then((r) => {
      if (cancelled) return;
      if (r.ok) setMine(r.value);
      else setMessage(r.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [client, round.id]);

  const lookup = lookupIn(state);
  const items = roundItems(round, lookup);
  // The feed brings this phone's own ballot too (from another tab, say); the newer copy wins.
  const live = mine ? state.ballot.get(mine.id) : undefined;
  const ballot = live && mine && live.updatedSeq > mine.updatedSeq ? live : mine;
  const placed = resolveDots(dotMap(ballot?.dots ?? []), (id) => resolveItem(round.target, id, lookup));
  const shown = new Map(placed);
  for (const [id, delta] of pending) shown.set(id, Math.max(0, (shown.get(id) ?? 0) + delta));
  // `left` ticks each second while a timer runs, so this is looked at again when time runs out.
  const closed = votingClosedMessage(round, Date.now() + offset);
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
    const check = applyBallotOp(round, shown, { op, itemId });
    if (!check.ok) return setMessage(check.message);
    setMessage(null);
    const delta = op === "add" ? 1 : -1;
    bump(itemId, delta);
    void client.call(op === "add" ? "votes.add" : "votes.remove", { roundId: round.id, itemId }).then((r) => {
      bump(itemId, -delta);
      if (r.ok) setMine((prev) => (!prev || r.value.updatedSeq >= prev.updatedSeq ? r.value : prev));
      else setMessage(r.error.message);
    });
  }

  return (
    <section className="phone-ballot" aria-labelledby="phone-ballot-title">
      <h2 id="phone-ballot-title" className="phone-ballot__title" dir="auto">
        {round.title}
      </h2>
      <p className="phone-ballot__rules">
        Put your {counted(round.dotsPerVoter, "dot")} on what matters most to you
        {round.maxPerItem === 1 ? ", one per item." : `, up to ${round.maxPerItem} on one item.`}
        {left !== null && left > 0 && ` ${clock(left)} left.`}
      </p>
      {closed && (
        <p className="phone-ballot__closed" role="status">
          {closed}
          {(round.status === "closed" || round.status === "revealed") && total > 0 && ` Your ${counted(total, "dot")} counted.`}
        </p>
      )}
      {mine === null && !message ? (
        <p>Loading your dots…</p>
      ) : (
        <BallotPicker
          items={items}
          dots={shown}
          dotsPerVoter={round.dotsPerVoter}
          maxPerItem={round.maxPerItem}
          disabled={closed !== null}
          onAdd={(id) => tap("add", id)}
          onRemove={(id) => tap("remove", id)}
        />
      )}
      {message && (
        <p className="error phone-ballot__message" role="alert">
          {message}
        </p>
      )}
      {!closed && total === round.dotsPerVoter && pending.size === 0 && (
        <p className="phone-ballot__done" role="status">
          All {counted(round.dotsPerVoter, "dot")} placed. Thank you! You can move them until voting closes.
        </p>
      )}
    </section>
  );
}
