import type { Change } from "../core";
import type { ClientFrame, ResultFrame } from "./wire";

export type TransportStatus = "connecting" | "online" | "offline";

/** Without the request number: the transport numbers frames and matches results to them. */
export type OutgoingFrame = ClientFrame extends infer F ? (F extends ClientFrame ? Omit<F, "id"> : never) : never;

/**
 * Carries frames to the room and back. A transport that can drop (WebSocket) keeps every
 * unanswered frame and sends it again after reconnecting; commands carry ids, so that is safe.
 */
export interface Transport {
  request(frame: OutgoingFrame): Promise<ResultFrame["result"]>;
  onChange(listener: (change: Change) => void): () => void;
  onStatus(listener: (status: TransportStatus) => void): () => void;
  readonly status: TransportStatus;
  /** Frames sent but not yet answered (commands among them are "unsent" to a person). */
  readonly pending: number;
  close(): void;
}

/** A tiny listener set, shared by transports and the client. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();
  get size(): number {
    return this.set.size;
  }
  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }
  emit(value: T): void {
    for (const l of [...this.set]) l(value);
  }
}
