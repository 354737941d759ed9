import { percentile } from "../bench/figure";
import type { Invite, SoakFacilitator } from "./facilitator";
import { sleep } from "./notetaker";
import type { SoakFigure } from "./scenarios";
import { SimulatedVoter, type VotingHabits } from "./voter";

export interface VotingOptions {
  /** Phones joined with the participants' token, each placing every dot of each round. */
  readonly voters: number;
  /** Rounds opened one after another during the run; each is a burst of dots. */
  readonly bursts: number;
  /** How long each burst lasts: every voter places its dots at random moments within it. */
  readonly windowMs: number;
  /** Share of voters whose screen follows the event's feed (every change pushed to it, as on a phone). */
  readonly followShare?: number;
}

/** Issues written at the laptop for the rounds to vote on. */
const ISSUES = 12;
const HABITS: VotingHabits = { replayShare: 0.05, changeMindShare: 0.25 };

/** The voting side of a load run: phones that joined, and the bursts they vote in. */
export class VotingCrowd {
  readonly voters: SimulatedVoter[];
  readonly joinTimes: number[] = [];
  readonly problems: string[] = [];
  private issues: string[] = [];

  constructor(
    name: string,
    url: string,
    invite: Invite,
    private readonly opts: VotingOptions,
  ) {
    this.voters = Array.from({ length: opts.voters }, (_, i) => new SimulatedVoter(`${name.toLowerCase()}v${i + 1}`, url, { via: "token", token: invite.tokens.participant }));
  }

  /** Every phone joins (all at once, as when the facilitator shows the QR code), and the issues are written. */
  async join(host: SoakFacilitator, eventId: string): Promise<void> {
    const follow = this.opts.followShare ?? 0.1;
    const { seq, event } = await host.must("events.snapshot", { eventId });
    await Promise.all(
      this.voters.map(async (v, i) => {
        const started = performance.now();
        try {
          await v.join(event.id, i < this.voters.length * follow ? seq : undefined);
          this.joinTimes.push(performance.now() - started);
        } catch (err) {
          this.problems.push(`${v.ledger.name} could not join: ${err instanceof Error ? err.message : String(err)}`);
        }
      }),
    );
    this.issues = await host.addIssues(eventId, ISSUES);
  }

  /** The rounds, spread over `durationMs`: each opens, takes its burst of dots, and closes once every tap is answered. */
  async run(host: SoakFacilitator, eventId: string, durationMs: number): Promise<void> {
    const start = Date.now();
    for (let b = 0; b < this.opts.bursts; b++) {
      await sleep(Math.max(0, start + (durationMs * b) / this.opts.bursts + 500 - Date.now()));
      const round = await host.openRound(eventId, `Burst ${b + 1}`, this.issues);
      await Promise.all(this.voters.filter((v) => v.ledger.deviceId).map((v) => v.vote(round, this.opts.windowMs, HABITS)));
      await host.closeRound(round.id);
    }
  }

  close(): void {
    for (const v of this.voters) v.close();
  }

  /** Refusals are broken promises too: every planned dot fits the caps of an open round. */
  refusals(): string[] {
    return this.voters.flatMap((v) => [...v.ledger.refused.values()].map((why) => `${v.ledger.name}: ${why}`));
  }

  figures(p95TargetMs: number | undefined): SoakFigure[] {
    const acks = this.voters.flatMap((v) => v.ledger.ackTimes);
    const p95 = percentile(acks, 95);
    const dots = this.voters.reduce((n, v) => n + [...v.ledger.rounds.values()].reduce((m, t) => m + [...t.values()].reduce((a, b) => a + b, 0), 0), 0);
    return [
      { name: "voters joined (participant token)", value: this.joinTimes.length, unit: "phones", target: `${this.voters.length}`, met: this.joinTimes.length === this.voters.length },
      { name: "voters join p95", value: percentile(this.joinTimes, 95), unit: "ms" },
      { name: "dots on ballots", value: dots, unit: "dots" },
      { name: "taps resent with the same id", value: this.voters.reduce((n, v) => n + v.ledger.replays, 0), unit: "taps" },
      p95TargetMs === undefined
        ? { name: "dot ack p95", value: p95, unit: "ms" }
        : { name: "dot ack p95", value: p95, unit: "ms", target: `< ${p95TargetMs} ms`, met: p95 < p95TargetMs },
    ];
  }
}
