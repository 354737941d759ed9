// A phone's note over the socket, one after another: a note-taker joined with the QR token
// sends notes.add to the room in a process of its own (forked-room.ts) and waits for each ack;
// and the same against the bare floor (bare-room.ts: a WebSocket and one durable INSERT).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { BenchSocket, commandId } from "./bench-socket";
import { forkRoom } from "./forked-room";
import { startBareRoom } from "./hall-targets";

const DEADLINE_MS = 120_000;

/** Round trips (ms) of `notes` notes sent by one joined note-taker to the room, each after the previous ack. */
export async function phoneNotes(notes: number, text: string): Promise<number[]> {
  const room = await forkRoom("store", DEADLINE_MS);
  const sockets: BenchSocket[] = [];
  try {
    const host = await BenchSocket.open(room.port);
    sockets.push(host);
    const eventId = `evt_bench_${randomBytes(6).toString("hex")}`;
    await host.call("events.create", { id: eventId, title: "Bench: a phone's notes", date: "2026-11-14" });
    await host.call("join.open", { eventId, address: null });
    await new Promise((r) => setTimeout(r, 50)); // the invite is kept once the command has committed
    const { invite } = (await host.request({ type: "call", method: "join.status", input: { eventId } })) as { invite: { tokens: { notetaker: string } } };
    const phone = await BenchSocket.open(room.port);
    sockets.push(phone);
    await phone.joinWith(invite.tokens.notetaker, eventId, 0);
    const times: number[] = [];
    for (let i = 0; i < notes; i++) {
      const start = performance.now();
      await phone.call("notes.add", { id: `note_${commandId().slice(4)}`, eventId, text: `${text} ${i}` });
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    for (const s of sockets) s.ws.terminate();
    await room.stop();
  }
}

/** The same notes to the bare floor over its WebSocket. */
export async function bareSocketNotes(notes: number, text: string): Promise<number[]> {
  const bare = await startBareRoom(DEADLINE_MS);
  try {
    const phone = await bare.target.noteTaker();
    const times: number[] = [];
    for (let i = 0; i < notes; i++) {
      const start = performance.now();
      await phone.note(`${text} ${i}`);
      times.push(performance.now() - start);
    }
    return times;
  } finally {
    await bare.stop();
  }
}
