// The two rooms the hall benchmark loads: the built `hearth serve` (devices join with the
// facilitator's QR tokens and follow the event, as phones do) and the bare floor (bare-room.ts).
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { BenchSocket, commandId, type Answer } from "./bench-socket";
import type { HallDevice, HallTarget } from "./hall-load";

const answered = (a: Answer): true | string => (a.ok ? true : a.error.code);

/** Delivery of notes to a listening screen: text → Date.now() of arrival. */
export type Arrivals = Map<string, number>;

const DOTS = 5;
const MAX_PER_ITEM = 2;

export interface HearthHall {
  readonly port: number;
  readonly eventId: string;
  readonly roundId: string;
  readonly tokens: { notetaker: string; participant: string };
  readonly items: readonly string[];
  readonly seq: number;
}

/** Hearth: a note-taker adds notes; a phone places dots up to its five, then takes one back, and so on. */
export function hearthTarget(hall: HearthHall, sockets: BenchSocket[]): HallTarget {
  const open = async (token: string) => {
    const s = await BenchSocket.open(hall.port);
    sockets.push(s);
    await s.joinWith(token, hall.eventId, hall.seq);
    return s;
  };
  return {
    name: "hearth serve",
    async noteTaker(): Promise<HallDevice> {
      const s = await open(hall.tokens.notetaker);
      const note = async (text: string) => answered(await s.send({ type: "call", method: "notes.add", input: { id: `note_${commandId().slice(4)}`, eventId: hall.eventId, text }, commandId: commandId() }));
      return { note, tap: () => Promise.resolve("not a voter") };
    },
    async voter(): Promise<HallDevice> {
      const s = await open(hall.tokens.participant);
      const mine = new Map<string, number>();
      const tap = async () => {
        const placed = [...mine.values()].reduce((a, b) => a + b, 0);
        const free = hall.items.filter((i) => (mine.get(i) ?? 0) < MAX_PER_ITEM);
        const adding = placed < DOTS;
        const itemId = adding ? free[Math.floor(Math.random() * free.length)]! : [...mine.keys()][Math.floor(Math.random() * mine.size)]!;
        const a = await s.send({ type: "call", method: adding ? "votes.add" : "votes.remove", input: { roundId: hall.roundId, itemId }, commandId: commandId() });
        if (a.ok) {
          const n = (mine.get(itemId) ?? 0) + (adding ? 1 : -1);
          if (n > 0) mine.set(itemId, n);
          else mine.delete(itemId);
        }
        return answered(a);
      };
      return { note: () => Promise.resolve("not a note-taker"), tap };
    },
  };
}

/** A screen following the event (this computer's), noting when each note's change arrives. */
export async function hearthListener(hall: HearthHall, sockets: BenchSocket[], arrivals: Arrivals): Promise<void> {
  const s = await BenchSocket.open(hall.port);
  sockets.push(s);
  s.onChange = (change) => {
    const now = Date.now();
    for (const u of change.upserts) if (u.kind === "note" && typeof u.value.text === "string" && !arrivals.has(u.value.text)) arrivals.set(u.value.text, now);
  };
  await s.request({ type: "subscribe", eventId: hall.eventId, sinceSeq: hall.seq });
}

export interface BareRoom {
  readonly pid: number;
  readonly port: number;
  readonly target: HallTarget;
  /** Opens a listening socket that records note arrivals. */
  listen(arrivals: Arrivals): Promise<void>;
  /** A note-taker whose one socket also records the notes it is sent. */
  listeningNoteTaker(arrivals: Arrivals): Promise<HallDevice>;
  stop(): Promise<void>;
}

/** The floor in a process of its own, killed past `deadlineMs`. */
export async function startBareRoom(deadlineMs: number): Promise<BareRoom> {
  const dir = mkdtempSync(join(tmpdir(), "hearth-bench-bare-"));
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), "bare-room.ts"), [dir], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const deadline = setTimeout(() => child.kill("SIGKILL"), deadlineMs);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m) => resolve((m as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the bare room exited (${code})`)));
  });
  const sockets: WebSocket[] = [];
  const connect = async (onNote?: (text: string) => void) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}`, { skipUTF8Validation: true });
    sockets.push(ws);
    await new Promise((resolve, reject) => (ws.once("open", resolve), ws.once("error", reject)));
    let next = 1;
    const waiting = new Map<number, () => void>();
    ws.on("message", (data: Buffer) => {
      if (!onNote && data[2] !== 0x69) return; // neither an answer ({"id"…) nor wanted: skipped unread
      const text = data.toString();
      if (text.startsWith('{"id"')) {
        const id = (JSON.parse(text) as { id: number }).id;
        waiting.get(id)?.();
        waiting.delete(id);
      } else if (onNote && text.startsWith('{"type":"note"')) onNote((JSON.parse(text) as { text: string }).text);
    });
    return (kind: "note" | "dot", text?: string) =>
      new Promise<true>((resolve) => {
        const id = next++;
        waiting.set(id, () => resolve(true));
        ws.send(JSON.stringify({ id, kind, text }));
      });
  };
  return {
    pid: child.pid!,
    port,
    target: {
      name: "bare floor",
      noteTaker: async () => {
        const send = await connect();
        return { note: (text) => send("note", text), tap: () => Promise.resolve("not a voter") };
      },
      voter: async () => {
        const send = await connect();
        return { note: () => Promise.resolve("not a note-taker"), tap: () => send("dot") };
      },
    },
    listeningNoteTaker: async (arrivals) => {
      const send = await connect((text) => arrivals.has(text) || arrivals.set(text, Date.now()));
      return { note: (text) => send("note", text), tap: () => Promise.resolve("not a voter") };
    },
    listen: async (arrivals) => {
      await connect((text) => arrivals.has(text) || arrivals.set(text, Date.now()));
    },
    async stop() {
      for (const ws of sockets) ws.terminate();
      if (child.connected) child.send("stop");
      await exited;
      clearTimeout(deadline);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
