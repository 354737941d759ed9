import type { WebSocket } from "ws";
import { describeIssues, type DeviceView, type ErrorCode } from "../../core";
import { CLOSE_NO_HELLO, CLOSE_REFUSED, HandshakeFrame, fail, type ChangeFrame, type DeviceFrame, type HelloFrame, type ResultFrame } from "../../api";
import { viewOf } from "../db/repos/devices";
import { hashSecret } from "../join/secrets";
import { FACILITATOR, type Actor } from "../room/actor";
import type { Room } from "../room/room";
import { requestId, Session } from "../room/session";

/** A socket that is not this computer's must say who it is within this time. */
export const HELLO_TIMEOUT_MS = 20_000;
/** A device's socket with more unsent bytes than this is busy: it gets no changes until it drains, then catches up. */
export const BUSY_SOCKET_BYTES = 64 * 1024;
/** Calls before joining are answered with an error; this many, and the socket is closed. */
const MAX_STRIKES = 20;

export interface ConnectionOptions {
  readonly room: Room;
  /** From this computer, addressed by a loopback name: the facilitator until it says otherwise. */
  readonly local: boolean;
  /** The peer's address, for the device list and for rate limits. */
  readonly address: string;
}

type Send = (frame: ResultFrame | DeviceFrame | ChangeFrame) => void;

/**
 * One WebSocket. A local socket starts as the facilitator; any socket that sends a `hello`
 * becomes that device for good (a refused hello closes it, so it can never fall back to
 * the facilitator). A device's actor (id, role, event) comes from the room's record.
 */
export class Connection {
  private session: Session | undefined;
  private device: { id: string; keyHash: string } | undefined;
  private unlink: (() => void) | undefined;
  private strikes = 0;
  /** The facilitator removed the device, turned it away or changed its role: every later frame is ignored. */
  private cutOff = false;
  private readonly helloTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ws: WebSocket,
    private readonly opts: ConnectionOptions,
    private readonly send: Send,
  ) {
    if (opts.local) this.session = new Session(opts.room, FACILITATOR, (f) => send(f));
    else this.helloTimer = setTimeout(() => this.device || ws.close(CLOSE_NO_HELLO, "join first"), HELLO_TIMEOUT_MS);
  }

  handle(raw: unknown): void {
    if (this.cutOff) return; // not obeyed, and nothing may be sent after the close frame
    if (isHandshake(raw)) return this.handshake(raw);
    if (this.device) this.opts.room.ports.join.seen(this.device.id);
    if (this.session) {
      // Tasks (a backup, a restore) answer later; everything else at once.
      const answer = this.session.handle(raw);
      if (answer instanceof Promise) void answer.then((frame) => this.send(frame));
      else this.send(answer);
      return;
    }
    this.send(result(requestId(raw), "forbidden", this.device ? "The facilitator has not let this device in yet." : "Join the event first."));
    if (++this.strikes >= MAX_STRIKES) this.ws.close(CLOSE_REFUSED, "join first");
  }

  closed(): void {
    clearTimeout(this.helloTimer);
    this.session?.close();
    this.session = undefined;
    this.unlink?.();
    if (this.device) this.opts.room.ports.join.left(this.device.id);
  }

  private handshake(raw: { type: string }): void {
    const parsed = HandshakeFrame.safeParse(raw);
    if (!parsed.success) return this.send(result(requestId(raw), "bad_request", `Unreadable message: ${describeIssues(parsed.error.issues)}`));
    const frame = parsed.data;
    if (frame.type === "ping") return this.send({ type: "result", id: frame.id, result: { ok: true, value: Date.now() } });
    this.hello(frame);
  }

  private hello(frame: HelloFrame): void {
    const desk = this.opts.room.ports.join;
    if (this.device) {
      // The same hello again (a resend) is answered; another key on this socket is not.
      if (hashSecret(frame.key) !== this.device.keyHash) return this.refuse(frame.id, "forbidden", "This connection already belongs to another device.");
    }
    // From here on this socket is a device, never the facilitator.
    if (!this.device) {
      this.session?.close();
      this.session = undefined;
    }
    const outcome = desk.hello(frame, this.opts.address);
    if (!outcome.ok) return this.refuse(frame.id, outcome.error.code, outcome.error.message);
    const record = outcome.device;
    clearTimeout(this.helloTimer);
    if (!this.device) {
      this.device = { id: record.id, keyHash: hashSecret(frame.key) };
      this.unlink = desk.links.add({
        deviceId: record.id,
        admit: (view) => {
          this.serve(view);
          this.send({ type: "device", device: view });
        },
        notify: (view) => this.send({ type: "device", device: view }),
        close: (code, reason) => this.cutOffNow(code, reason),
      });
    }
    const view = viewOf(record);
    if (view.state === "approved" && !this.session) this.serve(view);
    this.send({ type: "result", id: frame.id, result: { ok: true, value: view } });
  }

  /**
   * The facilitator removed the device, turned it away or changed its role: from this moment
   * the socket is not obeyed and gets no more changes, whether or not the client ever answers
   * the close frame (ws waits up to 30 s for that before it ends the socket).
   */
  private cutOffNow(code: number, reason: string): void {
    this.cutOff = true;
    this.session?.close();
    this.session = undefined;
    this.ws.close(code, reason);
  }

  private serve(view: DeviceView): void {
    const actor: Actor = { deviceId: view.deviceId, role: view.role, eventId: view.eventId };
    this.session?.close();
    this.session = new Session(this.opts.room, actor, (f) => this.send(f), { busy: () => this.ws.bufferedAmount > BUSY_SOCKET_BYTES });
  }

  private refuse(id: number, code: ErrorCode, message: string): void {
    this.send(result(id, code, message));
    // Queued after the answer: the device reads why, then the socket closes.
    this.ws.close(CLOSE_REFUSED, code);
  }
}

const result = (id: number | null, code: ErrorCode, message: string): ResultFrame => ({ type: "result", id, result: fail(code, message) });

function isHandshake(raw: unknown): raw is { type: string } {
  if (typeof raw !== "object" || raw === null || !Object.hasOwn(raw, "type")) return false;
  const type = (raw as { type: unknown }).type;
  return type === "hello" || type === "ping";
}
