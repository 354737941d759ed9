import type { Change, EventId } from "../core";
import { contract, type MethodInput, type MethodName, type MethodOutput } from "./contract";
import { fail, type Result } from "./result";
import { Listeners, type Transport, type TransportStatus } from "./transport";

export function newId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

interface Watch {
  lastSeq: number;
  readonly listeners: Listeners<Change>;
}

/** The typed client of the contract, the same over IPC and WebSocket. */
export class HearthClient {
  private readonly watches = new Map<EventId, Watch>();
  private readonly statusListeners = new Listeners<TransportStatus>();
  private readonly storageListeners = new Listeners<string | null>();

  constructor(private readonly transport: Transport) {
    transport.onChange((change) => this.deliver(change));
    transport.onStatus((status) => {
      // After a reconnect, catch up every watched event from the last change seen.
      if (status === "online") for (const [eventId, w] of this.watches) void this.subscribe(eventId, w.lastSeq);
      this.statusListeners.emit(status);
    });
  }

  get status(): TransportStatus {
    return this.transport.status;
  }
  get pending(): number {
    return this.transport.pending;
  }
  onStatus(listener: (status: TransportStatus) => void): () => void {
    return this.statusListeners.add(listener);
  }

  /**
   * Storage trouble in the room (disk full, read-only folder): the message when a call is
   * refused for it, null when a later command is saved again. Screens show it as a banner.
   */
  onStorageProblem(listener: (message: string | null) => void): () => void {
    return this.storageListeners.add(listener);
  }

  async call<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
    options: { commandId?: string } = {},
  ): Promise<Result<MethodOutput<M>>> {
    const def = contract[method];
    const commandId = def.kind === "command" ? (options.commandId ?? newId()) : undefined;
    const result = await this.transport.request({ type: "call", method, input, ...(commandId ? { commandId } : {}) });
    if (!result.ok && result.error.code === "unavailable" && this.transport.status !== "offline") this.storageListeners.emit(result.error.message);
    if (result.ok && def.kind === "command") this.storageListeners.emit(null);
    if (!result.ok) return result;
    const parsed = def.output.safeParse(result.value);
    if (!parsed.success) return fail("internal", `The room answered ${method} with something unexpected.`);
    return { ok: true, value: parsed.data as MethodOutput<M> };
  }

  /** Follows an event's change feed from `sinceSeq`; each change is delivered once, in order. */
  watch(eventId: EventId, sinceSeq: number, listener: (change: Change) => void): () => void {
    let w = this.watches.get(eventId);
    if (!w) {
      w = { lastSeq: sinceSeq, listeners: new Listeners<Change>() };
      this.watches.set(eventId, w);
      void this.subscribe(eventId, sinceSeq);
    }
    const remove = w.listeners.add(listener);
    return () => {
      remove();
      // Keep the subscription while other listeners remain.
      if (this.watches.get(eventId) === w && w.listeners.size === 0) {
        this.watches.delete(eventId);
        void this.transport.request({ type: "unsubscribe", eventId });
      }
    };
  }

  close(): void {
    this.transport.close();
  }

  private subscribe(eventId: EventId, sinceSeq: number) {
    return this.transport.request({ type: "subscribe", eventId, sinceSeq });
  }

  private deliver(change: Change): void {
    const w = this.watches.get(change.eventId);
    if (!w || change.seq <= w.lastSeq) return; // a replay after a reconnect
    w.lastSeq = change.seq;
    w.listeners.emit(change);
  }
}
