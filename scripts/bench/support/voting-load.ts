// The voting load both runs of the voting benchmark share: 200 voters each place 5 dots at
// random moments of the same 10 seconds, at most 2 on one item; a few taps are sent twice with
// the same command id, as after a dropped connection. Each voter keeps a ledger of its dots.
import { performance } from "node:perf_hooks";

export const VOTERS = 200;
export const DOTS = 5;
export const MAX_PER_ITEM = 2;
export const ITEMS = 30;
export const WINDOW_MS = 10_000;
export const REPLAY_SHARE = 0.05;
export const SETTLE_TIMEOUT_MS = 20_000;
export const EXPECTED_DOTS = VOTERS * DOTS;

export const roundSettings = { title: "Bench round", target: "notes", dotsPerVoter: DOTS, maxPerItem: MAX_PER_ITEM, blind: true } as const;

/** One voter's taps: which item, and when (ms into the window), in order. */
export interface Tap {
  readonly itemId: string;
  readonly at: number;
}

/** Five dots for one voter, at most two on an item, at random moments of the window. */
export function plan(items: readonly string[]): Tap[] {
  const times = Array.from({ length: DOTS }, () => Math.random() * WINDOW_MS).sort((a, b) => a - b);
  const on = new Map<string, number>();
  const taps: Tap[] = [];
  while (taps.length < DOTS) {
    const itemId = items[Math.floor(Math.random() * items.length)]!;
    if ((on.get(itemId) ?? 0) >= MAX_PER_ITEM) continue;
    on.set(itemId, (on.get(itemId) ?? 0) + 1);
    taps.push({ itemId, at: times[taps.length]! });
  }
  return taps;
}

export const sleepUntil = (t: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, t - performance.now())));

/** Whether a stored ballot's dots are exactly the voter's ledger. */
export function matchesLedger(ledger: ReadonlyMap<string, number>, dots: readonly { itemId: string; dots: number }[]): boolean {
  const got = new Map(dots.map((d) => [d.itemId, d.dots]));
  return got.size === ledger.size && [...ledger].every(([item, n]) => got.get(item) === n);
}

export const tally = (ledger: Map<string, number>, itemId: string) => ledger.set(itemId, (ledger.get(itemId) ?? 0) + 1);

/** Waits (bounded) until the screen shows every dot; the time from the last ack, or NaN if it never did. */
export async function settleTime(shown: () => { dots: number; at: number }, lastAckAt: number): Promise<number> {
  while (shown().dots !== EXPECTED_DOTS && performance.now() - lastAckAt < SETTLE_TIMEOUT_MS) await new Promise((resolve) => setTimeout(resolve, 1));
  return shown().dots === EXPECTED_DOTS ? Math.max(0, shown().at - lastAckAt) : Number.NaN;
}
