import { DeviceView, type Change, type HearthError } from "../../core";
import { CLOSE_REFUSED, DeviceFrame, type HelloFrame } from "../join-wire";
import { NOT_STORED_METHODS, type Outbox } from "../outbox";
import { fail } from "../result";
import { Listeners, type OutgoingFrame, type Transport, type TransportStatus } from "../transport";
import { ServerFrame, type ClientFrame, type ResultFrame } from "../wire";

type Result = ResultFrame["result"];

interface Pending {
  readonly frame: ClientFrame;
  readonly resolve: (result: Result) => void;
}

/** What the room says about a device: who it is now (let in, or waiting), or that it is refused. */
export type DeviceEvent = { kind: "device"; device: DeviceView } | { kind: "refused"; error: HearthError };

/** A device proves who it is with the first frame on every new socket; everything else waits until it is let in. */
export interface Handshake {
  hello(): Omit<HelloFrame, "id" | "type">;
  onDevice(event: DeviceEvent): void;
}

export interface WebSocketTransportOptions {
  /** Smallest and largest wait between reconnection attempts, in ms. */
  readonly minDelay?: number;
  readonly maxDelay?: number;
  /** For a device on the LAN; the facilitator's own tabs need none. */
  readonly handshake?: Handshake;
  /** Commands kept across reloads until the room answers them. */
  readonly outbox?: Outbox;
  /**
   * A socket that has heard nothing for this long is pinged, and dropped if it stays silent
   * as long again: on flaky Wi-Fi a dead connection can otherwise look open for minutes.
   */
  readonly keepAliveMs?: number;
}

/**
 * A WebSocket to the room that survives a flaky hall network: it reconnects with backoff,
 * and every frame not yet answered is sent again on the new socket (commands carry ids,
 * so the room applies each once). With an outbox, unanswered commands also survive a reload.
 */
export function websocketTransport(url: string, options: WebSocketTransportOptions = {}): Transport {
  const minDelay = options.minDelay ?? 250;
  const maxDelay = options.maxDelay ?? 4000;
  const keepAlive = options.keepAliveMs ?? 10_000;
  const { handshake, outbox } = options;
  const changes = new Listeners<Change>();
  const statuses = new Listeners<TransportStatus>();
  const pending = new Map<number, Pending>();
  let status: TransportStatus = "connecting";
  let socket: WebSocket | undefined;
  /** The socket may carry calls: open, and (for a device) let in. */
  let ready = false;
  let helloId: number | undefined;
  let pingId: number | undefined;
  let lastHeard = 0;
  let nextId = 1;
  let delay = minDelay;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let tick: ReturnType<typeof setInterval> | undefined;

  const setStatus = (s: TransportStatus) => {
    if (s === status) return;
    status = s;
    statuses.emit(s);
  };

  const sendNow = (frame: object) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify(frame));

  const letIn = () => {
    ready = true;
    for (const p of [...pending.values()]) sendNow(p.frame);
    setStatus("online");
  };

  /** No more tries, pings or network listeners: the transport is finished. */
  const finish = () => {
    closed = true;
    if (timer) clearTimeout(timer);
    if (tick) clearInterval(tick);
    timer = tick = undefined;
    globalThis.removeEventListener?.("offline", onOffline);
    globalThis.removeEventListener?.("online", onOnline);
  };

  const stop = (error: HearthError) => {
    finish();
    const ws = socket;
    socket = undefined;
    ws?.close();
    setStatus("offline");
    // Answered, but kept in the outbox: a refused device's unsent notes stay on the phone.
    for (const p of pending.values()) p.resolve({ ok: false, error });
    pending.clear();
    handshake?.onDevice({ kind: "refused", error });
  };

  /** Forgets the socket at once (a dead one may take long to report its close) and plans the next try. */
  const drop = (ws: WebSocket) => {
    if (socket !== ws) return;
    socket = undefined;
    ready = false;
    // A ping unanswered on the old socket must not stop the new one from pinging.
    pingId = undefined;
    helloId = undefined;
    ws.close();
    if (closed) return;
    setStatus("offline");
    if (timer) clearTimeout(timer);
    timer = setTimeout(connect, delay);
    delay = Math.min(maxDelay, delay * 2);
  };

  const onFrame = (raw: unknown) => {
    const device = DeviceFrame.safeParse(raw);
    if (device.success) {
      handshake?.onDevice({ kind: "device", device: device.data.device });
      if (device.data.device.state === "approved" && !ready) letIn();
      return;
    }
    const frame = ServerFrame.safeParse(raw);
    if (!frame.success) return;
    if (frame.data.type === "change") return changes.emit(frame.data.change);
    const id = frame.data.id;
    const result = frame.data.result;
    if (id !== null && id === helloId) {
      helloId = undefined;
      if (!result.ok) return stop(result.error);
      const view = DeviceView.safeParse(result.value);
      if (!view.success) return stop({ code: "internal", message: "The room sent an unreadable answer." });
      handshake?.onDevice({ kind: "device", device: view.data });
      // Waiting to be let in is still online: the socket works, calls wait until the device is in.
      if (view.data.state === "approved") letIn();
      else setStatus("online");
      return;
    }
    if (id !== null && id === pingId) return void (pingId = undefined);
    const p = id === null ? undefined : pending.get(id);
    if (!p || id === null) return;
    pending.delete(id);
    if (p.frame.type === "call" && p.frame.commandId) outbox?.remove(p.frame.commandId);
    p.resolve(result);
  };

  const connect = () => {
    if (closed) return;
    timer = undefined;
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return ws.close(); // given up on already; a newer socket is on its way
      delay = minDelay;
      lastHeard = Date.now();
      if (!handshake) return letIn();
      helloId = nextId++;
      sendNow({ type: "hello", id: helloId, ...handshake.hello() });
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (socket !== ws || typeof ev.data !== "string") return;
      lastHeard = Date.now();
      try {
        onFrame(JSON.parse(ev.data));
      } catch {
        // Not JSON: ignored, like any frame that does not parse.
      }
    };
    ws.onclose = (ev: CloseEvent) => {
      if (socket !== ws) return;
      // Removed or turned away while connected: the room closes with a reason instead of an answer.
      if (ev.code === CLOSE_REFUSED && handshake) return stop({ code: "forbidden", message: ev.reason || "This device may no longer take part." });
      drop(ws);
    };
    ws.onerror = () => drop(ws);
  };

  tick =
    keepAlive > 0
      ? setInterval(() => {
          const ws = socket;
          if (!ws || ws.readyState !== WebSocket.OPEN) return;
          const quiet = Date.now() - lastHeard;
          if (quiet > 2 * keepAlive) drop(ws);
          else if (quiet > keepAlive && pingId === undefined) {
            pingId = nextId++;
            sendNow({ type: "ping", id: pingId });
          }
        }, keepAlive / 2)
      : undefined;

  // The browser knows first when the Wi-Fi goes: drop the socket now, and try again as soon as it is back.
  function onOffline() {
    if (socket) drop(socket);
  }
  function onOnline() {
    if (closed || socket) return;
    if (timer) clearTimeout(timer);
    delay = minDelay;
    connect();
  }
  globalThis.addEventListener?.("offline", onOffline);
  globalThis.addEventListener?.("online", onOnline);

  const enqueue = (full: ClientFrame, resolve: (r: Result) => void) => {
    pending.set(full.id, { frame: full, resolve });
    if (ready) sendNow(full);
  };

  // Commands a reload interrupted go first, with their ids: the room applies each once.
  for (const e of outbox?.entries ?? []) {
    enqueue({ type: "call", id: nextId++, method: e.method, input: e.input, commandId: e.commandId }, () => undefined);
  }
  connect();

  return {
    request(frame: OutgoingFrame) {
      if (closed) return Promise.resolve(fail("unavailable", "The connection is closed."));
      const full = { ...frame, id: nextId++ } as ClientFrame;
      if (full.type === "call" && full.commandId && outbox && !NOT_STORED_METHODS.has(full.method)) {
        outbox.add({ commandId: full.commandId, method: full.method, input: full.input, queuedAt: Date.now() });
      }
      return new Promise<Result>((resolve) => enqueue(full, resolve));
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
      finish();
      socket?.close();
      socket = undefined;
      for (const p of pending.values()) p.resolve(fail("unavailable", "The connection was closed."));
      pending.clear();
    },
  };
}
