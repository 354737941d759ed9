// 200 devices on WebSocket (loopback): one adds a note, every other one receives it.
// Figures: delivery time p50/p95 (send → arrival on each other device; it includes the
// commit, synchronous=FULL, as a person would see it), the ack time, the time for all 200 to
// join, and the room process's memory with them connected.
import { randomBytes } from "node:crypto";
import { percentile, type Bench } from "./figure";
import { BenchSocket } from "./support/bench-socket";
import { forkRoom } from "./support/forked-room";

const DEVICES = 200;
/** Each round is one note to 199 devices; enough rounds that one slow disk flush does not decide the p95. */
const ROUNDS = 200;
const DEADLINE_MS = 120_000;

export const bench: Bench = async () => {
  const room = await forkRoom("devices", DEADLINE_MS);
  const { port } = room;
  const sockets: BenchSocket[] = [];
  try {
    const host = await BenchSocket.open(port);
    const eventId = `evt_bench_${randomBytes(6).toString("hex")}`;
    await host.call("events.create", { id: eventId, title: "Bench: 200 devices", date: "2026-11-14" });
    await host.call("join.open", { eventId, address: null });
    await new Promise((r) => setTimeout(r, 50)); // the invite is kept once the command has committed
    const status = (await host.request({ type: "call", method: "join.status", input: { eventId } })) as { invite: { tokens: { notetaker: string } } };
    const token = status.invite.tokens.notetaker;

    const joinStart = performance.now();
    await Promise.all(
      Array.from({ length: DEVICES }, async () => {
        const s = await BenchSocket.open(port);
        await s.joinWith(token, eventId, 0);
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
          s.onChange = (change, at) => {
            if (!change.upserts.some((u) => u.value.id === noteId)) return;
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
    const rss = await room.memory();
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
    for (const s of sockets) s.ws.terminate();
    await room.stop();
  }
};
