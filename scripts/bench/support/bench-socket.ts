// A benchmark's WebSocket to a running room: frames with ids, answers matched to them, and
// pushed changes handed to a listener with the moment they arrived.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";

export type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
export type PushedChange = { seq: number; upserts: { kind: string; value: { id: string } & Record<string, unknown> }[] };
type Frame = { type: string; id?: number; result?: Answer; change?: PushedChange };

const CHANGE_PREFIX = Buffer.from('{"type":"change"');

export const commandId = (): string => `cmd_${randomBytes(8).toString("hex")}`;

export class BenchSocket {
  private nextId = 1;
  private readonly waiting = new Map<number, (a: Answer) => void>();
  /** Called for each pushed change; left empty, pushed changes are not even parsed (a phone's screen is not measured). */
  onChange: ((change: PushedChange, at: number) => void) | undefined;

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => {
      const at = performance.now();
      // A pushed change nobody listens to is skipped unread: with hundreds of devices in one
      // process, reading each push would make the benchmark, not the room, the bottleneck.
      if (!this.onChange && data.subarray(0, CHANGE_PREFIX.length).equals(CHANGE_PREFIX)) return;
      const text = data.toString();
      const f = JSON.parse(text) as Frame;
      if (f.type === "change" && f.change) this.onChange?.(f.change, at);
      else if (f.type === "result" && f.id !== undefined && f.result) {
        this.waiting.get(f.id)?.(f.result);
        this.waiting.delete(f.id);
      }
    });
  }

  static open(port: number): Promise<BenchSocket> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { skipUTF8Validation: true });
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(new BenchSocket(ws)));
      ws.once("error", reject);
    });
  }

  /** Sends a frame and resolves with the room's answer, whether it went through or was refused. */
  send(frame: Record<string, unknown>): Promise<Answer> {
    const id = this.nextId++;
    const answer = new Promise<Answer>((resolve) => this.waiting.set(id, resolve));
    this.ws.send(JSON.stringify({ ...frame, id }));
    return answer;
  }

  /** Sends a frame and resolves with its value; a refusal throws. */
  async request(frame: Record<string, unknown>): Promise<unknown> {
    const a = await this.send(frame);
    if (!a.ok) throw new Error(`${JSON.stringify(frame).slice(0, 80)} failed: ${JSON.stringify(a.error)}`);
    return a.value;
  }

  call(method: string, input: unknown, id = commandId()): Promise<unknown> {
    return this.request({ type: "call", method, input, commandId: id });
  }

  /** Joins as a device with a token from the facilitator's QR code, then follows the event from `sinceSeq`. */
  async joinWith(token: string, eventId: string, sinceSeq: number): Promise<void> {
    await this.request({ type: "hello", key: randomBytes(32).toString("base64url"), join: { via: "token", token } });
    await this.request({ type: "subscribe", eventId, sinceSeq });
  }
}
