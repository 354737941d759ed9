import { HearthClient, type JoinRequest, type TransportStatus } from "../../src/api";
import { websocketTransport } from "../../src/api/transports/websocket";
import { joinDevice, wsUrl } from "./device";
import { NoteLedger } from "./ledger";

/**
 * A note-taker at a table: types a note every so often into the project's own client and
 * WebSocket transport (which keeps unanswered frames and replays them after a drop), and
 * writes down what it sent and what the room acknowledged. With `join` it is a tablet that
 * joined with the note-takers' QR token; without, a screen on the facilitator's laptop.
 */
export class SimulatedNoteTaker {
  readonly ledger = new NoteLedger();
  readonly client: HearthClient;
  private readonly inFlight = new Set<Promise<void>>();
  private n = 0;
  status: TransportStatus = "connecting";

  constructor(
    readonly name: string,
    url: string,
    join?: JoinRequest,
  ) {
    this.client = join ? joinDevice(url, join).client : new HearthClient(websocketTransport(wsUrl(url), { minDelay: 50, maxDelay: 400 }));
    this.client.onStatus((s) => (this.status = s));
  }

  /** Sends one note and records it; does not wait for the answer (the outbox holds it). */
  addNote(eventId: string): void {
    const id = `${this.name}_${String(++this.n).padStart(5, "0")}`;
    const text = `${this.name} note ${this.n}: the bus stop on Elm Road has no shelter — ${"لا توجد إضاءة"} ${this.n}`;
    const started = performance.now();
    this.ledger.sent.set(id, text);
    const p = this.client.call("notes.add", { id, eventId, text }).then((r) => {
      if (r.ok) {
        this.ledger.acked.set(id, r.value.text);
        this.ledger.ackTimes.push(performance.now() - started);
      } else this.ledger.refused.set(id, `${r.error.code}: ${r.error.message}`);
    });
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  /** Types `perMinute` notes a minute until `until` (ms since epoch), spread evenly with a little jitter. */
  async typeUntil(eventId: string, perMinute: number, until: number): Promise<void> {
    const gap = 60_000 / perMinute;
    await sleep(Math.random() * gap); // tables do not start in step
    while (Date.now() < until) {
      this.addNote(eventId);
      await sleep(gap * (0.75 + Math.random() * 0.5));
    }
  }

  /** Waits until every note sent has its answer (after reconnects, if any). */
  async drain(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight.size > 0) {
      if (Date.now() > deadline) throw new Error(`${this.name}: ${this.inFlight.size} notes still unanswered after ${timeoutMs} ms`);
      await Promise.race([Promise.all(this.inFlight), sleep(200)]);
    }
  }

  close(): void {
    this.client.close();
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
