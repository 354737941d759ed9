// 200 devices on WebSocket (loopback): one adds a note, every other one receives it.
// Figures: delivery time p50/p95 (send → arrival on each other device; it includes the
// commit, synchronous=FULL, as a person would see it), the ack time, the time for all 200 to
// join, and the room process's memory with them connected.
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { percentile, type Bench } from "./figure";

const DEVICES = 200;
/** Each round is one note to 199 devices; enough rounds that one slow disk flush does not decide the p95. */
const ROUNDS = 200;
const DEADLINE_MS = 120_000;

type Frame = { type: string; id?: number; result?: { ok: boolean; value?: unknown; error?: unknown }; change?: { upserts: { value: { id: string } }[] } };

class Socket {
  private nextId = 1;
  private readonly waiting = new Map<number, (f: Frame) => void>();
  onChange: (noteIds: string[], at: number) => void = () => undefined;
  constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const at = performance.now();
      const f = JSON.parse(data.toString()) as Frame;
      if (f.type === "change") this.onChange(f.change?.upserts.map((u) => u.value.id) ?? [], at);
      else if (f.type === "result" && f.id !== undefined) this.waiting.get(f.id)?.(f), this.waiting.delete(f.id);
    });
  }
  static open(port: number): Promise<Socket> {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(new Socket(ws)));
      ws.once("error", reject);
    });
  }
  async request(frame: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId++;
    const got = new Promise<Frame>((resolve) => this.waiting.set(id, resolve));
    this.ws.send(JSON.stringify({ ...frame, id }));
    const f = await got;
    if (!f.result?.ok) throw new Error(`${JSON.stringify(frame).slice(0, 80)} failed: ${JSON.stringify(f.result?.error)}`);
    return f.result.value;
  }
  call(method: string, input: unknown) {
    return this.request({ type: "call", method, input, commandId: `cmd_${randomBytes(8).toString("hex")}` });
  }
}

export const bench: Bench = async () => {
  const root = mkdtempSync(join(tmpdir(), "hearth-bench-devices-"));
  const rendererDir = join(root, "renderer");
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>Hearth</title>");
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), "support", "room-process.ts"), [join(root, "data"), rendererDir], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const deadline = setTimeout(() => child.kill("SIGKILL"), DEADLINE_MS);
  const sockets: Socket[] = [];
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once("message", (m) => resolve((m as { port: number }).port));
      child.once("exit", (code) => reject(new Error(`the room exited (${code})`)));
    });
    const host = await Socket.open(port);
    const eventId = `evt_bench_${randomBytes(6).toString("hex")}`;
    await host.call("events.create", { id: eventId, title: "Bench: 200 devices", date: "2026-11-14" });
    await host.call("join.open", { eventId, address: null });
    await new Promise((r) => setTimeout(r, 50)); // the invite is kept once the command has committed
    const status = (await host.request({ type: "call", method: "join.status", input: { eventId } })) as { invite: { tokens: { notetaker: string } } };
    const token = status.invite.tokens.notetaker;

    const joinStart = performance.now();
    await Promise.all(
      Array.from({ length: DEVICES }, async () => {
        const s = await Socket.open(port);
        await s.request({ type: "hello", key: randomBytes(32).toString("base64url"), join: { via: "token", token } });
        await s.request({ type: "subscribe", eventId, sinceSeq: 0 });
        sockets.push(s);
      }),
    );
    const joinMs = performance.now() - joinStart;

    const delivery: number[] = [];
    const acks: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const sender = sockets[round % DEVICES]!;
      const noteId = `note_bench_${round.toString().padStart(4, "0")}`;
      let waitingFor = DEVICES - 1;
      let sentAt = 0;
      const all = new Promise<void>((resolve) => {
        for (const s of sockets) {
          if (s === sender) continue;
          s.onChange = (ids, at) => {
            if (!ids.includes(noteId)) return;
            delivery.push(at - sentAt);
            if (--waitingFor === 0) resolve();
          };
        }
      });
      sentAt = performance.now();
      await sender.call("notes.add", { id: noteId, eventId, text: `Note ${round} from a phone` });
      acks.push(performance.now() - sentAt);
      await all;
    }
    const rss = await new Promise<number>((resolve) => {
      child.once("message", (m) => resolve((m as { rss: number }).rss));
      child.send("memory");
    });
    const p95 = percentile(delivery, 95);
    const mb = rss / 2 ** 20;
    return [
      { area: "join", name: `${DEVICES} devices join (hello + subscribe)`, value: joinMs, unit: "ms", target: "< 10000 ms", met: joinMs < 10_000 },
      { area: "join", name: `note delivered to ${DEVICES - 1} devices, p50`, value: percentile(delivery, 50), unit: "ms" },
      { area: "join", name: `note delivered to ${DEVICES - 1} devices, p95`, value: p95, unit: "ms", target: "< 50 ms", met: p95 < 50 },
      { area: "join", name: "note acknowledged to its sender (commit included), p95", value: percentile(acks, 95), unit: "ms", target: "< 100 ms", met: percentile(acks, 95) < 100 },
      { area: "join", name: `room memory (RSS) with ${DEVICES} devices`, value: mb, unit: "MB", target: "< 150 MB", met: mb < 150 },
    ];
  } finally {
    clearTimeout(deadline);
    for (const s of sockets) s.ws.terminate();
    child.send("stop");
    await new Promise((r) => child.once("exit", r));
    rmSync(root, { recursive: true, force: true });
  }
};
