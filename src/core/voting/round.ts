import { z } from "zod";
import { timerRemainingMs } from "../timer";
import { Timer } from "../event";
import { Id, Seq, EventId, ThemeId, RoundId } from "../ids";
import { userText } from "../text";
import type { EventState } from "../event-state";

/** What a round votes on: the themes, or the notes under chosen themes or prompts. */
export const RoundTarget = z.enum(["themes", "notes"]);
export type RoundTarget = z.infer<typeof RoundTarget>;

/**
 * draft (settings can change) → open ⇄ paused → closed → revealed. A closed round may be
 * opened again until it is revealed; a revealed round is settled (only its final flag moves).
 */
export const RoundStatus = z.enum(["draft", "open", "paused", "closed", "revealed"]);
export type RoundStatus = z.infer<typeof RoundStatus>;

/** Most dots one person may have in a round. The budget helper suggests at most 20; this is the hard limit. */
export const MAX_DOTS_PER_VOTER = 50;
/** Most items in a round: beyond this nobody can read the list, on paper or on a phone. */
export const MAX_ROUND_ITEMS = 200;
export const ROUND_TITLE_MAX = 80;
export const MAX_ROUND_TIMER_MINUTES = 120;

export const VoteRound = z.object({
  id: RoundId,
  eventId: EventId,
  title: z.string(),
  target: RoundTarget,
  /** The scope chosen: notes under these themes or prompts (both empty: every note); for themes, a subset (empty: all). */
  themeIds: z.array(ThemeId),
  promptIds: z.array(Id),
  /** The items voted on, in the order screens show them (note or theme ids). */
  items: z.array(Id),
  /** True when the items were chosen (a runoff, or picked by hand); false while they follow the scope until the round opens. */
  fixedItems: z.boolean(),
  dotsPerVoter: z.number().int().min(1).max(MAX_DOTS_PER_VOTER),
  /** The most dots one voter may put on one item; 1 means no stacking. */
  maxPerItem: z.number().int().min(1).max(MAX_DOTS_PER_VOTER),
  /** Blind: only the number of voters and dots shows until the facilitator reveals. */
  blind: z.boolean(),
  /** An optional countdown in server time; when it runs out, phones can no longer place dots. */
  timer: Timer.nullable(),
  status: RoundStatus,
  /** The round whose revealed results are the event's priorities in the report. One per event at most. */
  final: z.boolean(),
  /** The round this one is a runoff or copy of. */
  runoffOf: RoundId.nullable(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type VoteRound = z.infer<typeof VoteRound>;

const IdList = (what: string) => z.array(Id).max(MAX_ROUND_ITEMS, `${what}: at most ${MAX_ROUND_ITEMS}`);

/** The settings a facilitator chooses; shared by create and update. */
export const RoundSettings = z.strictObject({
  title: userText("The round's name", ROUND_TITLE_MAX),
  target: RoundTarget,
  themeIds: z.array(ThemeId).max(MAX_ROUND_ITEMS, `Themes: at most ${MAX_ROUND_ITEMS}`),
  promptIds: IdList("Prompts"),
  /** Items picked by hand; null: every item in the scope. */
  items: IdList("Items").nullable(),
  dotsPerVoter: z
    .number({ error: "Dots per person must be a number" })
    .int("Dots per person must be a whole number")
    .min(1, "Each person needs at least 1 dot")
    .max(MAX_DOTS_PER_VOTER, `Dots per person: at most ${MAX_DOTS_PER_VOTER}`),
  maxPerItem: z
    .number({ error: "Dots on one item must be a number" })
    .int("Dots on one item must be a whole number")
    .min(1, "At least 1 dot must be allowed on an item")
    .max(MAX_DOTS_PER_VOTER, `Dots on one item: at most ${MAX_DOTS_PER_VOTER}`),
  blind: z.boolean(),
  timerMinutes: z
    .number()
    .int("The timer is a whole number of minutes")
    .min(1, "The timer is at least 1 minute")
    .max(MAX_ROUND_TIMER_MINUTES, `The timer is at most ${MAX_ROUND_TIMER_MINUTES} minutes`)
    .nullable(),
});
export type RoundSettings = z.infer<typeof RoundSettings>;

export const RoundCreateInput = RoundSettings.extend({
  id: RoundId,
  eventId: EventId,
  themeIds: z.array(ThemeId).max(MAX_ROUND_ITEMS, `Themes: at most ${MAX_ROUND_ITEMS}`).default([]),
  promptIds: IdList("Prompts").default([]),
  items: IdList("Items").nullable().default(null),
  blind: z.boolean().default(true),
  timerMinutes: RoundSettings.shape.timerMinutes.default(null),
});
export type RoundCreateInput = z.input<typeof RoundCreateInput>;

export const RoundUpdateInput = RoundSettings.partial().extend({ roundId: RoundId });
export type RoundUpdateInput = z.input<typeof RoundUpdateInput>;

export const RoundRef = z.strictObject({ roundId: RoundId });

/**
 * Settings that cannot work together, in words a facilitator can act on; null when they fit.
 * `itemCount` is checked only when given (a draft may not have its items yet).
 */
export function roundSettingsProblem(s: Pick<VoteRound, "dotsPerVoter" | "maxPerItem">, itemCount?: number): string | null {
  if (s.maxPerItem > s.dotsPerVoter)
    return `The most dots on one item (${s.maxPerItem}) cannot be more than the dots each person has (${s.dotsPerVoter}).`;
  if (itemCount === undefined) return null;
  if (itemCount < 2) return `A vote needs at least 2 items to choose between; this round has ${itemCount}.`;
  if (s.dotsPerVoter > itemCount * s.maxPerItem)
    return `With ${itemCount} items and at most ${s.maxPerItem} ${plural(s.maxPerItem, "dot")} on each, a person can place only ${itemCount * s.maxPerItem} dots, not ${s.dotsPerVoter}.`;
  return null;
}

export const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);

/** Milliseconds left on a round's timer at server time `now`; null without a timer. */
export function timeLeftMs(timer: Timer | null, now: number): number | null {
  return timer ? Math.max(0, timerRemainingMs(timer, now)) : null;
}

/** Whether voting is what is happening: the round is open or paused (a phone's ballot then leads its screen). */
export const votingNow = (round: VoteRound | undefined): boolean => round?.status === "open" || round?.status === "paused";

/** The round the room is on, as phones and the wall show it: the latest one open or paused, else the latest that has closed, else none. */
export function currentRound(state: Pick<EventState, "round">): VoteRound | undefined {
  const rounds = [...state.round.values()].sort((a, b) => b.createdSeq - a.createdSeq);
  return rounds.find(votingNow) ?? rounds.find((r) => r.status === "closed" || r.status === "revealed");
}
