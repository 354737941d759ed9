import type { CodesPaused, GuessAlert } from "../../api";

/** Wrong join codes (or dead join links) allowed per address in a window before it is blocked. */
export const WRONG_PER_ADDRESS = 5;
/**
 * Wrong tries from all addresses together in a window before code attempts are paused for every
 * address that has guessed wrong lately (many addresses, e.g. IPv6). An address with no refused
 * try in the last ten minutes (a resident typing the code from the wall) still gets its turn, so
 * guessers cannot keep the hall out; each of the guessers' addresses gets one wrong try at most.
 */
export const WRONG_OVERALL = 30;
export const WINDOW_MS = 60_000;
/** How long the facilitator keeps hearing about an address after its last wrong try. */
const ALERT_MS = 10 * 60_000;

interface Record {
  /** Times of wrong tries within the window. */
  recent: number[];
  /** Every try refused from here: wrong ones, and those turned away unread while blocked. */
  total: number;
  last: number;
}

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Rate-limits join-code guessing per address (and overall), and remembers who keeps
 * guessing so the facilitator can be told. Times are passed in, so it is simple to test.
 */
export class GuessLimiter {
  private readonly byAddress = new Map<string, Record>();
  private overall: { at: number; address: string }[] = [];

  check(address: string, now: number): Verdict {
    this.overall = this.overall.filter((t) => now - t.at < WINDOW_MS);
    this.forgetOld(now);
    const rec = this.byAddress.get(address);
    const recent = rec ? (rec.recent = rec.recent.filter((t) => now - t < WINDOW_MS)) : [];
    if (recent.length >= WRONG_PER_ADDRESS) return { allowed: false, retryAfterMs: WINDOW_MS - (now - recent[0]!) };
    if (this.overall.length >= WRONG_OVERALL && rec) return { allowed: false, retryAfterMs: WINDOW_MS - (now - this.overall[0]!.at) };
    return { allowed: true };
  }

  wrong(address: string, now: number): void {
    this.record(address, now).recent.push(now);
    this.overall.push({ at: now, address });
  }

  /** A try refused unread while blocked: it does not lengthen the block, but the facilitator hears of it. */
  turnedAway(address: string, now: number): void {
    this.record(address, now);
  }

  /** Addresses with at least WRONG_PER_ADDRESS refused tries, most recent first. */
  alerts(now: number): GuessAlert[] {
    this.forgetOld(now);
    return [...this.byAddress.entries()]
      .filter(([, r]) => r.total >= WRONG_PER_ADDRESS)
      .sort((a, b) => b[1].last - a[1].last)
      .map(([address, r]) => ({
        address,
        wrongTries: r.total,
        lastAt: new Date(r.last).toISOString(),
        blocked: !this.check(address, now).allowed,
      }));
  }

  /**
   * While wrong tries from everywhere together pause code attempts from guessing addresses: how many, from how
   * many addresses, and for how long. Each address may have too few tries to be listed on
   * its own (one guesser behind many addresses), so this is what tells the facilitator.
   */
  paused(now: number): CodesPaused | null {
    this.overall = this.overall.filter((t) => now - t.at < WINDOW_MS);
    if (this.overall.length < WRONG_OVERALL) return null;
    return {
      wrongTries: this.overall.length,
      addresses: new Set(this.overall.map((t) => t.address)).size,
      retryAfterSeconds: Math.ceil((WINDOW_MS - (now - this.overall[0]!.at)) / 1000),
    };
  }

  private record(address: string, now: number): Record {
    const rec = this.byAddress.get(address) ?? { recent: [], total: 0, last: now };
    rec.total++;
    rec.last = now;
    this.byAddress.set(address, rec);
    this.forgetOld(now);
    return rec;
  }

  private forgetOld(now: number): void {
    for (const [address, r] of this.byAddress) if (now - r.last > ALERT_MS) this.byAddress.delete(address);
  }
}
