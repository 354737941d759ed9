import type { ItemDots } from "./ballot";
import { plural, timeLeftMs, type VoteRound } from "./round";

/** Dots per item, in the order they were first placed. */
export type DotMap = Map<string, number>;

export const dotMap = (dots: readonly ItemDots[]): DotMap => new Map(dots.map((d) => [d.itemId, d.dots]));
export const dotList = (map: ReadonlyMap<string, number>): ItemDots[] =>
  [...map].filter(([, dots]) => dots > 0).map(([itemId, dots]) => ({ itemId, dots }));
export const dotTotal = (map: ReadonlyMap<string, number>): number => [...map.values()].reduce((a, b) => a + b, 0);

/** Folds dots on merged items into their survivor (dots on removed items are dropped). */
export function resolveDots(map: ReadonlyMap<string, number>, resolve: (id: string) => string | null): DotMap {
  const out: DotMap = new Map();
  for (const [id, dots] of map) {
    const to = resolve(id);
    if (to !== null && dots > 0) out.set(to, (out.get(to) ?? 0) + dots);
  }
  return out;
}

/** Why nobody can place dots in this round now, as a code a screen can put in its own language. */
export type ClosedReason = "draft" | "paused" | "closed" | "timeUp";

export function votingClosedReason(round: Pick<VoteRound, "status" | "timer">, now: number): ClosedReason | null {
  switch (round.status) {
    case "draft":
    case "paused":
    case "closed":
      return round.status;
    case "revealed":
      return "closed";
    case "open":
      return timeLeftMs(round.timer, now) === 0 ? "timeUp" : null;
  }
}

const CLOSED_MESSAGE: Record<ClosedReason, string> = {
  draft: "Voting has not started yet.",
  paused: "Voting is paused. Wait for the facilitator to start it again.",
  closed: "Voting has closed.",
  timeUp: "Time is up for this round.",
};

/** Why nobody can place dots in this round now, in English words for a phone; null when voting is open. */
export function votingClosedMessage(round: Pick<VoteRound, "status" | "timer">, now: number): string | null {
  const reason = votingClosedReason(round, now);
  return reason && CLOSED_MESSAGE[reason];
}

const perItemCapMessage = (max: number) =>
  max === 1 ? "You already have a dot on this item: one dot per item in this round." : `You can put at most ${max} dots on one item.`;

export type BallotOp = { readonly op: "add" | "remove"; readonly itemId: string } | { readonly op: "set"; readonly itemId: string; readonly dots: number };

/** Which cap refused a phone action: a phone words it in its own language from this and the round. */
export type BallotRefusal = "noDot" | "perItem" | "budget";

export type BallotOutcome =
  | { readonly ok: true; readonly dots: DotMap }
  | { readonly ok: false; readonly reason: BallotRefusal; readonly message: string };

/** One phone action on a ballot whose items are already resolved, checked against the round's caps. */
export function applyBallotOp(round: Pick<VoteRound, "dotsPerVoter" | "maxPerItem">, current: ReadonlyMap<string, number>, op: BallotOp): BallotOutcome {
  const have = current.get(op.itemId) ?? 0;
  const total = dotTotal(current);
  const want = op.op === "set" ? op.dots : op.op === "add" ? have + 1 : have - 1;
  if (want < 0) return { ok: false, reason: "noDot", message: "You have no dot on this item to take off." };
  if (want > have) {
    if (want > round.maxPerItem) return { ok: false, reason: "perItem", message: perItemCapMessage(round.maxPerItem) };
    if (total - have + want > round.dotsPerVoter)
      return {
        ok: false,
        reason: "budget",
        message:
          op.op === "add"
            ? `You have placed all ${round.dotsPerVoter} of your dots. Take one off another item to move it.`
            : `That would make ${total - have + want} dots; you have ${round.dotsPerVoter} in this round.`,
      };
  }
  const dots = new Map(current);
  if (want === 0) dots.delete(op.itemId);
  else dots.set(op.itemId, want);
  return { ok: true, dots };
}

/** A whole ballot (cast at the laptop) checked against the round: its items and both caps. Null when it fits. */
export function ballotProblem(
  round: Pick<VoteRound, "dotsPerVoter" | "maxPerItem">,
  dots: ReadonlyMap<string, number>,
  isItem: (id: string) => boolean,
): string | null {
  for (const [id, n] of dots) {
    if (!isItem(id)) return "One of those items is not part of this round.";
    if (n > round.maxPerItem) return perItemCapMessage(round.maxPerItem);
  }
  const total = dotTotal(dots);
  if (total > round.dotsPerVoter) return `That is ${total} dots; each person has ${round.dotsPerVoter} ${plural(round.dotsPerVoter, "dot")} in this round.`;
  return null;
}
