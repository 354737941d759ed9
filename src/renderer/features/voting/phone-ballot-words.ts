import type { TFunction } from "i18next";
import {
  applyBallotOp,
  votingClosedReason,
  type BallotOp,
  type BallotRefusal,
  type ClosedReason,
  type HearthError,
  type Turnout,
  type VoteRound,
} from "../../../core";
import { errorWords } from "../../i18n/room-errors";

/** The phone's translate function: i18next's `t`, from useTranslation(). */
export type Translate = TFunction;

/**
 * Why a tap on the phone did not count. Most refusals the phone works out itself, from the
 * round and its ballot; the room's own refusals carry English text, so they keep the tap
 * that was refused and are worded again from what the phone knows when shown.
 */
export type BallotProblem =
  | { readonly kind: "closed"; readonly reason: ClosedReason }
  | { readonly kind: "cap"; readonly reason: BallotRefusal }
  | { readonly kind: "room"; readonly error: HearthError; readonly op: BallotOp };

type Caps = Pick<VoteRound, "dotsPerVoter" | "maxPerItem">;

export function closedWords(t: Translate, reason: ClosedReason | "notOpen"): string {
  return t(`ballot.closed.${reason}`);
}

export function capWords(t: Translate, reason: BallotRefusal, round: Caps): string {
  switch (reason) {
    case "noDot":
      return t("ballot.refused.noDot");
    case "perItem":
      return round.maxPerItem === 1 ? t("ballot.refused.onePerItem") : t("ballot.refused.perItem", { count: round.maxPerItem });
    case "budget":
      return t("ballot.refused.budget", { count: round.dotsPerVoter });
  }
}

/**
 * A refusal in the phone's language. For the room's refusals, by their code: "conflict" is a
 * round not open (the feed says why, once it has caught up), "invalid_input" a cap (checked
 * again against the dots the room confirmed), "not_found" an item merged away or deleted.
 * Anything else is said by its code (the room's own words are English).
 */
export function problemWords(
  t: Translate,
  problem: BallotProblem,
  round: Pick<VoteRound, "status" | "timer" | "dotsPerVoter" | "maxPerItem">,
  placed: ReadonlyMap<string, number>,
  now: number,
): string {
  if (problem.kind === "closed") return closedWords(t, problem.reason);
  if (problem.kind === "cap") return capWords(t, problem.reason, round);
  const { error, op } = problem;
  switch (error.code) {
    case "conflict":
      return closedWords(t, votingClosedReason(round, now) ?? "notOpen");
    case "invalid_input": {
      const check = applyBallotOp(round, placed, op);
      if (!check.ok) return capWords(t, check.reason, round);
      break;
    }
    case "not_found":
      return t("ballot.refused.gone");
    case "forbidden":
      return t("ballot.refused.notAllowed");
  }
  return t("ballot.refused.other", { reason: errorWords(t, error) });
}

/** "So far: 2 voters, 17 dots." */
export function turnoutWords(t: Translate, turnout: Turnout | undefined): string {
  return t("ballot.turnout", { voters: t("ballot.voters", { count: turnout?.voters ?? 0 }), dots: t("ballot.dots", { count: turnout?.dots ?? 0 }) });
}

/** The round's rules in a sentence or two: the dots each person has, the cap per item, and the time left. */
export function rulesWords(t: Translate, round: Caps, timeLeft: string | null): string {
  const parts = [
    t("ballot.budget", { count: round.dotsPerVoter }),
    round.maxPerItem === 1 ? t("ballot.onePerItem") : t("ballot.upTo", { count: round.maxPerItem }),
  ];
  if (timeLeft) parts.push(t("ballot.timeLeft", { time: timeLeft }));
  return parts.join(" ");
}
