import type { GuessAlert } from "../../api";

/** Wrong join codes (or dead join links) allowed per address in a window before it is blocked. */
export const WRONG_PER_ADDRESS = 5;
/** Wrong tries from all addresses together in a window before every code attempt is paused (many addresses, e.g. IPv6). */
export const WRONG_OVERALL = 30;
export const WINDOW_MS = 60_000;
/** How long the facilitator keeps hearing about an address after its last wrong try. */
const ALERT_MS = 10 * 60_000;

interface Record {
  /** Times of wrong tries within the window. */
  recent: number[];
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
  private overall: number[] = [];

  check(address: string, now: number): Verdict {
    this.overall = this.overall.filter((t) => now - t < WINDOW_MS);
    const rec = this.byAddress.get(address);
    const recent = rec ? (rec.recent = rec.recent.filter((t) => now - t < WINDOW_MS)) : [];
    if (recent.length >= WRONG_PER_ADDRESS) return { allowed: false, retryAfterMs: WINDOW_MS - (now - recent[0]!) };
    if (this.overall.length >= WRONG_OVERALL) return { allowed: false, retryAfterMs: WINDOW_MS - (now - this.overall[0]!) };
    return { allowed: true };
  }

  wrong(address: string, now: number): void {
    const rec = this.byAddress.get(address) ?? { recent: [], total: 0, last: now };
    rec.recent.push(now);
    rec.total++;
    rec.last = now;
    this.byAddress.set(address, rec);
    this.overall.push(now);
    this.forgetOld(now);
  }

  /** Addresses with at least WRONG_PER_ADDRESS wrong tries, most recent first. */
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

  private forgetOld(now: number): void {
    for (const [address, r] of this.byAddress) if (now - r.last > ALERT_MS) this.byAddress.delete(address);
  }
}
