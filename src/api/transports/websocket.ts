import type { Change } from "../../core";
import { fail } from "../result";
import { Listeners, type OutgoingFrame, type Transport, type TransportStatus } from "../transport";
import { ServerFrame, type ClientFrame, type ResultFrame } from "../wire";

type Result = ResultFrame["result"];

interface Pending {
  readonly frame: ClientFrame;
  readonly resolve: (result: Result) => void;
}

export interface WebSocketTransportOptions {
  /** Smallest and largest wait between reconnection attempts, in ms. */
  readonly minDelay?: number;
  readonly maxDelay?: number;
}

/**
 * A WebSocket to the room that survives a flaky hall network: it reconnects with backoff,
 * and every frame not yet answered is sent again on the new socket (commands carry ids,
 * so the room applies each once).
 */
export function websocketTransport(url: string, options: WebSocketTransportOptions = {}): Transport {
  const minDelay = options.minDelay ?? 250;
  const maxDelay = options.maxDelay ?? 4000;
  const changes = new Listeners<Change>();
  const statuses = new Listeners<TransportStatus>();
  const pending = new Map<number, Pending>();
  let status: TransportStatus = "connecting";
  let socket: WebSocket | undefined;
  let nextId = 1;
  let delay = minDelay;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setStatus = (s: TransportStatus) => {
    if (s === status) return;
    status = s;
    statuses.emit(s);
  };

  const connect = () => {
    if (closed) return;
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return ws.close(); // given up on already; a newer socket is on its way
      delay = minDelay;
      for (const p of [...pending.values()]) ws.send(JSON.stringify(p.frame));
      setStatus("online");
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (typeof ev.data !== "string") return;
      let raw: unknown;
      try {
        raw = JSON.parse(ev.data);
      } catch {
        return;
      }
      const frame = ServerFrame.safeParse(raw);
      if (!frame.success) return;
      if (frame.data.type === "change") changes.emit(frame.data.change);
      else if (frame.data.id !== null) {
        const p = pending.get(frame.data.id);
        if (p) {
          pending.delete(frame.data.id);
          p.resolve(frame.data.result);
        }
      }
    };
    /** This socket is gone: try again after a while. Runs once per socket, whichever event comes first. */
    const lost = () => {
      if (socket !== ws) return;
      socket = undefined;
      if (closed) return;
      setStatus("offline");
      timer = setTimeout(connect, delay);
      delay = Math.min(maxDelay, delay * 2);
    };
    ws.onclose = lost;
    // Browsers follow an error with a close event; Node's WebSocket (undici, Node 22) does not
    // when the connection is refused, and stays CONNECTING for ever. So an error before the
    // socket opened counts as lost; an error on an open socket closes it (then onclose runs).
    // (Calling close() on a refused socket recursed without end in Node.)
    ws.onerror = () => {
      if (ws.readyState === WebSocket.OPEN) ws.close();
      else lost();
    };
  };
  connect();

  return {
    request(frame: OutgoingFrame) {
      if (closed) return Promise.resolve(fail("unavailable", "The connection is closed."));
      const full = { ...frame, id: nextId++ } as ClientFrame;
      return new Promise<Result>((resolve) => {
        pending.set(full.id, { frame: full, resolve });
        if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(full));
      });
    },
    onChange: (l) => changes.add(l),
    onStatus: (l) => statuses.add(l),
    get status() {
      return status;
    },
    get pending() {
      return pending.size;
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      socket?.close();
      for (const p of pending.values()) p.resolve(fail("unavailable", "The connection was closed."));
      pending.clear();
    },
  };
}
