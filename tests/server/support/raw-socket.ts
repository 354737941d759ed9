import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";

/**
 * A WebSocket client written on a bare TCP socket that never answers a close frame (as a
 * hostile or broken client would): it keeps sending after the server has said goodbye.
 * Only what the tests need: masked text frames out, unmasked text and close frames in.
 */
export class RawSocket {
  readonly texts: string[] = [];
  closeCode: number | undefined;
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: Socket) {}

  static open(port: number, host = "127.0.0.1"): Promise<RawSocket> {
    const socket = connect(port, host);
    const key = randomBytes(16).toString("base64");
    return new Promise((resolve, reject) => {
      socket.once("error", reject);
      socket.once("connect", () =>
        socket.write(`GET /ws HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`),
      );
      let head = Buffer.alloc(0);
      const onHead = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf("\r\n\r\n");
        if (end === -1) return;
        socket.off("data", onHead);
        if (!head.subarray(0, end).toString().startsWith("HTTP/1.1 101")) return reject(new Error(head.subarray(0, end).toString()));
        const raw = new RawSocket(socket);
        socket.on("data", (c: Buffer) => raw.receive(c));
        raw.receive(head.subarray(end + 4));
        resolve(raw);
      };
      socket.on("data", onHead);
    });
  }

  /** Sends one JSON text frame, masked as a client must. */
  send(value: unknown): void {
    const payload = Buffer.from(JSON.stringify(value));
    const mask = randomBytes(4);
    const len = payload.length;
    const header = len < 126 ? Buffer.from([0x81, 0x80 | len]) : Buffer.from([0x81, 0x80 | 126, len >> 8, len & 0xff]);
    const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
    this.socket.write(Buffer.concat([header, mask, masked]));
  }

  /** The parsed JSON frames received so far. */
  frames(): unknown[] {
    return this.texts.map((t) => JSON.parse(t) as unknown);
  }

  /** Waits until `test` holds over the frames received, or fails after `timeoutMs`. */
  async until(test: (frames: unknown[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!test(this.frames())) {
      if (Date.now() > deadline) throw new Error(`no such frames; got ${JSON.stringify(this.frames()).slice(-800)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  destroy(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) break;
      const opcode = this.buffer[0]! & 0x0f;
      let len = this.buffer[1]! & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (this.buffer.length < 4) break;
        len = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (this.buffer.length < 10) break;
        len = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + len) break;
      const payload = this.buffer.subarray(offset, offset + len);
      this.buffer = this.buffer.subarray(offset + len);
      if (opcode === 0x1) this.texts.push(payload.toString());
      if (opcode === 0x8) this.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005; // and never answered
    }
    for (const w of this.waiters.splice(0)) w();
  }
}
