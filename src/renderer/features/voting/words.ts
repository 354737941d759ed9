import type { RoundStatus, VoteRound } from "../../../core";

/** "1 voter", "34 voters". */
export const counted = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

export const STATUS_LABEL: Record<RoundStatus, string> = {
  draft: "Not open yet",
  open: "Voting open",
  paused: "Paused",
  closed: "Closed",
  revealed: "Results revealed",
};

/** The round's rules in one line, as a facilitator would say them. */
export function rulesLine(round: Pick<VoteRound, "dotsPerVoter" | "maxPerItem" | "blind" | "target">, itemCount: number): string {
  const stacking = round.maxPerItem === 1 ? "one dot per item" : `at most ${round.maxPerItem} on one item`;
  const what = counted(itemCount, round.target === "themes" ? "theme" : "note");
  return `${counted(round.dotsPerVoter, "dot")} each · ${stacking} · ${what} · ${round.blind ? "blind until revealed" : "open: results show live"}`;
}

/** Whether the facilitator's screen shows a round's results: a blind round's only once revealed (the laptop is often on the projector). */
export const resultsShown = (round: Pick<VoteRound, "blind" | "status">): boolean =>
  round.status !== "draft" && (!round.blind || round.status === "revealed");

/** "4:05". */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
