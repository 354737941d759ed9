import { HearthClient, newId, type MethodInput, type MethodName, type MethodOutput } from "../../src/api";
import { websocketTransport } from "../../src/api/transports/websocket";
import { wsUrl } from "./device";
import { NoteLedger } from "./ledger";
import { sleep } from "./notetaker";
import type { RoundOnPhone } from "./voter";

/** What the facilitator's Devices page shows: a QR token per role and the short code. */
export interface Invite {
  readonly tokens: { readonly notetaker: string; readonly participant: string; readonly projector: string };
  readonly code: string;
}

/**
 * The facilitator at the laptop (loopback, so the room's facilitator): sets up the event,
 * makes the join codes, writes the issues voted on (kept in a notes ledger like any
 * note-taker's), runs the voting rounds and lets in devices that typed the code.
 */
export class SoakFacilitator {
  readonly client: HearthClient;
  readonly ledger = new NoteLedger();
  approved = 0;

  constructor(url: string) {
    this.client = new HearthClient(websocketTransport(wsUrl(url), { minDelay: 50, maxDelay: 400 }));
  }

  /** One call that must succeed (replayed by the transport across restarts, so it does). */
  async must<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const r = await this.client.call(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  }

  /**
   * New QR tokens and code for the event. `join.rotate` makes them without opening a
   * listener on the machine's network address: the soak's devices come over loopback.
   */
  async invite(eventId: string): Promise<Invite> {
    await this.must("join.rotate", { eventId });
    const { invite } = await this.must("join.status", { eventId });
    if (!invite) throw new Error("the room made no join codes");
    return invite;
  }

  /** Notes typed at the laptop for the rounds to vote on. */
  async addIssues(eventId: string, count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 1; i <= count; i++) {
      const id = `issue_${newId().slice(0, 12)}`;
      const text = `Issue ${i}: ${["street lighting", "the bus shelter", "damp in the flats", "a safe place to play", "the GP's phone line", "bins on Elm Road"][i % 6]} (${id})`;
      this.ledger.sent.set(id, text);
      const note = await this.must("notes.add", { id, eventId, text });
      this.ledger.acked.set(id, note.text);
      ids.push(id);
    }
    return ids;
  }

  async openRound(eventId: string, title: string, items: readonly string[], dotsPerVoter = 5, maxPerItem = 2): Promise<RoundOnPhone> {
    const round = await this.must("rounds.create", { id: `round_${newId().slice(0, 12)}`, eventId, title, target: "notes", items: [...items], dotsPerVoter, maxPerItem, blind: true });
    await this.must("rounds.open", { roundId: round.id });
    return { id: round.id, items: round.items, dotsPerVoter, maxPerItem };
  }

  async closeRound(roundId: string): Promise<void> {
    await this.must("rounds.close", { roundId });
  }

  /** Lets in every device waiting on the Devices page, as a facilitator glancing at it does, until stopped. */
  keepApproving(eventId: string, everyMs = 200): () => Promise<void> {
    let running = true;
    const loop = (async () => {
      while (running) {
        const status = await this.client.call("join.status", { eventId });
        if (status.ok) {
          for (const d of status.value.devices.filter((x) => x.state === "waiting")) {
            if ((await this.client.call("devices.approve", { deviceId: d.id, role: "participant" })).ok) this.approved++;
          }
        }
        await sleep(everyMs);
      }
    })();
    return async () => {
      running = false;
      await loop;
    };
  }

  close(): void {
    this.client.close();
  }
}
