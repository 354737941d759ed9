import { z } from "zod";
import { Id, RoundId } from "../ids";
import type { Ballot, PaperCount } from "./ballot";
import { lookupIn, resolveItem, roundItems, type ItemLookup } from "./items";
import { RoundStatus, RoundTarget, type VoteRound } from "./round";

const Count = z.number().int().nonnegative();

/** One item of a round's results. Anonymous: counts only, never who. */
export const RoundResultItem = z.object({
  itemId: Id,
  /** The note's text or the theme's title: user text, to be shown as text. */
  label: z.string(),
  /** Every dot: phone + laptop + paper. */
  dots: Count,
  /** People who put at least one dot on it from a phone or at the laptop (paper dots are not tied to people). */
  voters: Count,
  phoneDots: Count,
  /** Cast at the laptop on behalf of residents without a phone. */
  laptopDots: Count,
  paperDots: Count,
  /** 1 is the most dots. Items with the same dots share a rank ("=2"); the next rank skips (1, =2, =2, 4). */
  rank: z.number().int().min(1),
  /** Another item has the same number of dots: shown as a tie, never broken silently. */
  tied: z.boolean(),
});
export type RoundResultItem = z.infer<typeof RoundResultItem>;

/** A round's results: the report's "Your priorities" reads these from the final round. */
export const RoundResults = z.object({
  roundId: RoundId,
  title: z.string(),
  target: RoundTarget,
  status: RoundStatus,
  final: z.boolean(),
  blind: z.boolean(),
  dotsPerVoter: z.number().int(),
  maxPerItem: z.number().int(),
  /** People who voted on a phone or at the laptop. */
  voters: Count,
  dots: Count,
  phoneDots: Count,
  laptopDots: Count,
  paperDots: Count,
  /** Best first; tied items share a rank and follow each other in label order. */
  items: z.array(RoundResultItem),
});
export type RoundResults = z.infer<typeof RoundResults>;

type Tally = { phone: number; laptop: number; paper: number; voters: Set<string> };

/**
 * Counts a round: dots and distinct voters per item, phone, laptop and paper apart, with
 * merged notes counted for their survivor. Pure: the server, every screen and the report
 * get the same numbers from the same entities.
 */
export function roundResults(round: VoteRound, ballots: Iterable<Ballot>, paper: Iterable<PaperCount>, lookup: ItemLookup): RoundResults {
  const items = roundItems(round, lookup);
  const tallies = new Map<string, Tally>(items.map((i) => [i.id, { phone: 0, laptop: 0, paper: 0, voters: new Set() }]));
  const resolve = (id: string) => {
    const to = resolveItem(round.target, id, lookup);
    return to === null ? undefined : tallies.get(to);
  };
  const voters = new Set<string>();
  for (const b of ballots) {
    if (b.roundId !== round.id) continue;
    for (const d of b.dots) {
      const t = resolve(d.itemId);
      if (!t || d.dots <= 0) continue;
      t[b.source] += d.dots;
      t.voters.add(b.id);
      voters.add(b.id);
    }
  }
  for (const p of paper) {
    const t = p.roundId === round.id ? resolve(p.itemId) : undefined;
    if (t) t.paper += p.dots;
  }
  const counted = items.map((i) => {
    const t = tallies.get(i.id)!;
    return { itemId: i.id, label: i.label, dots: t.phone + t.laptop + t.paper, voters: t.voters.size, phoneDots: t.phone, laptopDots: t.laptop, paperDots: t.paper };
  });
  const ranked = rank(counted);
  const sum = (k: "dots" | "phoneDots" | "laptopDots" | "paperDots") => ranked.reduce((n, i) => n + i[k], 0);
  return {
    roundId: round.id,
    title: round.title,
    target: round.target,
    status: round.status,
    final: round.final,
    blind: round.blind,
    dotsPerVoter: round.dotsPerVoter,
    maxPerItem: round.maxPerItem,
    voters: voters.size,
    dots: sum("dots"),
    phoneDots: sum("phoneDots"),
    laptopDots: sum("laptopDots"),
    paperDots: sum("paperDots"),
    items: ranked,
  };
}

const byLabel = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Standard competition ranking on dots alone: equal dots, equal rank, and `tied` says so. */
export function rank<T extends { dots: number; label: string }>(items: readonly T[]): (T & { rank: number; tied: boolean })[] {
  const sorted = [...items].sort((a, b) => b.dots - a.dots || byLabel.compare(a.label, b.label));
  const count = new Map<number, number>();
  for (const i of sorted) count.set(i.dots, (count.get(i.dots) ?? 0) + 1);
  let above = 0;
  return sorted.map((item, index) => {
    if (index > 0 && sorted[index - 1]!.dots !== item.dots) above = index;
    return { ...item, rank: above + 1, tied: (count.get(item.dots) ?? 0) > 1 };
  });
}

/** "1", or "=2" for a shared rank. */
export const rankLabel = (item: { rank: number; tied: boolean }): string => `${item.tied ? "=" : ""}${item.rank}`;

/**
 * The items of a runoff among the top `n`: every item ranked n or better that has a dot, so
 * a tie at the cut takes all the tied items in rather than dropping one silently.
 */
export function topItems(results: RoundResults, n: number): RoundResultItem[] {
  return results.items.filter((i) => i.rank <= n && i.dots > 0);
}

/**
 * The round whose results are the event's priorities: the revealed round marked final; when
 * none is marked final, the round revealed last (`final: false` says so, for the report to
 * tell its readers); null when no round was revealed at all.
 */
export function prioritiesRound(rounds: Iterable<VoteRound>): { round: VoteRound; final: boolean } | null {
  const revealed = [...rounds].filter((r) => r.status === "revealed");
  const final = revealed.find((r) => r.final);
  if (final) return { round: final, final: true };
  const last = revealed.sort((a, b) => b.updatedSeq - a.updatedSeq || b.createdSeq - a.createdSeq)[0];
  return last ? { round: last, final: false } : null;
}

/** The event's priorities: the revealed results of the round marked final, or null while there is none. */
export function finalRoundResults(
  state: {
    readonly round: ReadonlyMap<string, VoteRound>;
    readonly ballot: ReadonlyMap<string, Ballot>;
    readonly paperCount: ReadonlyMap<string, PaperCount>;
  } & Parameters<typeof lookupIn>[0],
): RoundResults | null {
  const round = [...state.round.values()].find((r) => r.final && r.status === "revealed");
  return round ? roundResults(round, state.ballot.values(), state.paperCount.values(), lookupIn(state)) : null;
}
