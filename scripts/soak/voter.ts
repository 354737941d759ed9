import { newId, type JoinRequest } from "../../src/api";
import type { Ballot, EventId } from "../../src/core";
import { joinDevice, type JoinedDevice } from "./device";
import { sleep } from "./notetaker";
import { VoteLedger } from "./vote-ledger";

/** A round as a phone sees it: what may be voted on and how many dots it has. */
export interface RoundOnPhone {
  readonly id: string;
  readonly items: readonly string[];
  readonly dotsPerVoter: number;
  readonly maxPerItem: number;
}

export interface VotingHabits {
  /** Share of taps sent twice with the same command id, as a phone does when an answer was lost. */
  readonly replayShare: number;
  /** Share of voters who take one dot back and put it elsewhere. */
  readonly changeMindShare: number;
}

/**
 * A resident with a phone: joins the event with the participants' QR token, follows the
 * event as the phone's screen does, and places its dots when a round opens, one tap after
 * another at random moments of the burst. Each tap waits for its answer (through drops and
 * restarts: the transport replays it); the ledger records what was acknowledged.
 */
export class SimulatedVoter {
  readonly ledger: VoteLedger;
  readonly device: JoinedDevice;
  private stopWatching: (() => void) | undefined;

  constructor(name: string, url: string, join: JoinRequest) {
    this.ledger = new VoteLedger(name);
    this.device = joinDevice(url, join);
  }

  /** Waits until the room has let the phone in; with `followFrom`, its screen then follows the event's feed from that sequence. */
  async join(eventId: EventId, followFrom?: number): Promise<void> {
    const view = await this.device.joined;
    this.ledger.deviceId = view.deviceId;
    if (followFrom !== undefined) this.stopWatching = this.device.client.watch(eventId, followFrom, () => undefined);
  }

  /** Places every dot the round allows, spread over `windowMs`; some voters change their mind once. */
  async vote(round: RoundOnPhone, windowMs: number, habits: VotingHabits): Promise<void> {
    const moments = Array.from({ length: round.dotsPerVoter }, () => Math.random() * windowMs).sort((a, b) => a - b);
    const start = Date.now();
    const mine = this.ledger.tally(round.id);
    for (const at of moments) {
      await sleep(Math.max(0, start + at - Date.now()));
      const item = pick(round.items.filter((i) => (mine.get(i) ?? 0) < round.maxPerItem));
      if (item) await this.tap(round.id, item, "votes.add", habits.replayShare);
    }
    if (Math.random() < habits.changeMindShare) {
      const from = pick([...mine.keys()]);
      const to = pick(round.items.filter((i) => i !== from && (mine.get(i) ?? 0) < round.maxPerItem));
      if (from && to) {
        await this.tap(round.id, from, "votes.remove", habits.replayShare);
        await this.tap(round.id, to, "votes.add", habits.replayShare);
      }
    }
  }

  private async tap(roundId: string, itemId: string, method: "votes.add" | "votes.remove", replayShare: number): Promise<void> {
    const commandId = newId();
    const started = performance.now();
    this.ledger.sent++;
    const r = await this.device.client.call(method, { roundId, itemId }, { commandId });
    if (!r.ok) return void this.ledger.refused.set(commandId, `${method} ${itemId}: ${r.error.code}: ${r.error.message}`);
    this.ledger.ackTimes.push(performance.now() - started);
    this.ledger.acked(roundId, itemId, method === "votes.add" ? 1 : -1);
    if (Math.random() < replayShare) {
      this.ledger.replays++;
      const again = await this.device.client.call(method, { roundId, itemId }, { commandId });
      if (!again.ok || !sameBallot(again.value, r.value)) this.ledger.replaysDiffering++;
    }
  }

  close(): void {
    this.stopWatching?.();
    this.device.client.close();
  }
}

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];
const sameBallot = (a: Ballot, b: Ballot) => JSON.stringify(a.dots) === JSON.stringify(b.dots) && a.updatedSeq === b.updatedSeq;
