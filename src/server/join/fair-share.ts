/**
 * A fair share of the room for every device: a command rate fit for a person (a token bucket
 * per device) and a bounded number of open connections (links.ts). Whoever is slowed is
 * remembered for a while, so the facilitator's device list can say which device and why.
 * Times are passed in, so it is simple to test.
 */

/** Commands a device may send at once (a burst: a phone's outbox emptying after a reconnect). */
export const COMMAND_BURST = 40;
/** Commands a device may send each second, on average: far beyond typing or voting by hand. */
export const COMMANDS_PER_SECOND = 4;
/** Open connections one device may hold (tabs, reconnects not yet noticed as dropped); a new one ends the oldest. */
export const MAX_LINKS_PER_DEVICE = 6;
/** How long the facilitator keeps seeing that a device was slowed. */
const SLOWED_SHOWN_MS = 10 * 60_000;

export type SlowReason = "commands" | "connections";
export type Share = { ok: true } | { ok: false; retryAfterMs: number };

interface Bucket {
  tokens: number;
  at: number;
}

export class FairShare {
  private readonly buckets = new Map<string, Bucket>();
  private readonly slowed = new Map<string, { at: number; reason: SlowReason }>();

  /** One command from the device: allowed, or how long until it may send again. */
  take(deviceId: string, now: number): Share {
    const b = this.buckets.get(deviceId) ?? { tokens: COMMAND_BURST, at: now };
    b.tokens = Math.min(COMMAND_BURST, b.tokens + ((now - b.at) / 1000) * COMMANDS_PER_SECOND);
    b.at = now;
    this.buckets.set(deviceId, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { ok: true };
    }
    this.slow(deviceId, "commands", now);
    return { ok: false, retryAfterMs: Math.ceil(((1 - b.tokens) / COMMANDS_PER_SECOND) * 1000) };
  }

  slow(deviceId: string, reason: SlowReason, now: number): void {
    this.slowed.set(deviceId, { at: now, reason });
  }

  /** When and why the device was last slowed, if within the last ten minutes. */
  slowedAt(deviceId: string, now: number): { at: string; reason: SlowReason } | null {
    const s = this.slowed.get(deviceId);
    if (!s) return null;
    if (now - s.at > SLOWED_SHOWN_MS) {
      this.slowed.delete(deviceId);
      return null;
    }
    return { at: new Date(s.at).toISOString(), reason: s.reason };
  }
}

/** The refusal a device reads, in plain words: why, and when to try again. */
export function tooFastMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `This device is sending changes faster than a person could, so the room is slowing it down. Nothing was changed; try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
}
