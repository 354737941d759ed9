// 200 devices on WebSocket (loopback) following a realistic event (1,000 notes in 20 themes)
// on the built `hearth serve`, with the facilitator's board open in Chromium: one device adds a
// note, every other one receives it, and the board paints it. Figures: delivery (send →
// arrival on each other device; it includes the commit, synchronous=FULL), the ack, paint on the
// board (raw: negative = painted before the sender had its ack), the time for all 200 to join,
// and the room process's memory with them connected.
import { chromium, type Browser } from "@playwright/test";
import { resolveChromium } from "../../tests/support/chromium";
import { seedBoard } from "./board-seed";
import { percentile, type Bench } from "./figure";
import { startServe } from "./serve";
import { BenchSocket } from "./support/bench-socket";
import { openBoardWatch, paintTimes } from "./support/board-paint";
import { startBareRoom } from "./support/hall-targets";
import { rssOf } from "./support/proc-usage";

const DEVICES = 200;
const BOARD = 1000;
/** Each round is one note to 199 devices and the board. */
const ROUNDS = 60;
const DEADLINE_MS = 5 * 60_000;

export const bench: Bench = async () => {
  const server = await startServe();
  const port = Number(new URL(server.url).port);
  const sockets: BenchSocket[] = [];
  let browser: Browser | undefined;
  const limit = setTimeout(() => (server.child.kill("SIGKILL"), void browser?.close()), DEADLINE_MS);
  try {
    const themes = Array.from({ length: 20 }, (_, i) => `Theme ${i + 1}`);
    const notes = Array.from({ length: BOARD }, (_, i) => ({ text: `Note ${i + 1}: the damp in the flats on Elm Road`, theme: i % 3 ? themes[i % 20] : undefined }));
    const eventId = await seedBoard(server.url, { title: "Bench: 200 devices", themes, notes });
    const host = await BenchSocket.open(port);
    sockets.push(host);
    await host.call("join.open", { eventId, address: null });
    await new Promise((r) => setTimeout(r, 50)); // the invite is kept once the command has committed
    const status = (await host.request({ type: "call", method: "join.status", input: { eventId } })) as { invite: { tokens: { notetaker: string } } };
    const { seq } = (await host.request({ type: "call", method: "events.snapshot", input: { eventId } })) as { seq: number };
    const token = status.invite.tokens.notetaker;

    const found = await resolveChromium();
    browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
    const board = await openBoardWatch(browser, `${server.url}/#/events/${eventId}`, BOARD);

    const devices: BenchSocket[] = [];
    const joinStart = performance.now();
    await Promise.all(
      Array.from({ length: DEVICES }, async () => {
        const s = await BenchSocket.open(port);
        sockets.push(s);
        await s.joinWith(token, eventId, seq);
        devices.push(s);
      }),
    );
    const joinMs = performance.now() - joinStart;

    const delivery: number[] = [];
    const acks: number[] = [];
    const ackedAt = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round++) {
      const sender = devices[round % DEVICES]!;
      const noteId = `note_bench_${round.toString().padStart(4, "0")}`;
      const text = `Note ${round} from a phone at table ${round % 10}`;
      let waitingFor = DEVICES - 1;
      let sentAt = 0;
      const all = new Promise<void>((resolve) => {
        for (const s of devices) {
          if (s === sender) continue;
          s.onChange = (change, at) => {
            if (!change.upserts.some((u) => u.value.id === noteId)) return;
            delivery.push(at - sentAt);
            if (--waitingFor === 0) resolve();
          };
        }
      });
      sentAt = performance.now();
      await sender.call("notes.add", { id: noteId, eventId, text });
      acks.push(performance.now() - sentAt);
      ackedAt.set(text, Date.now());
      await all;
      await paintTimes(board, [text], 10_000);
    }
    const painted = await paintTimes(board, [...ackedAt.keys()], 10_000);
    const floor = await bareDelivery();
    const toPaint = [...ackedAt].flatMap(([t, at]) => (painted.has(t) ? [painted.get(t)! - at] : []));
    const mb = rssOf(server.child.pid!) / 2 ** 20;
    const p95 = percentile(delivery, 95);
    const paintP95 = percentile(toPaint, 95);
    const area = "devices";
    const how = `${BOARD}-note event`;
    return [
      { area, name: `${DEVICES} devices join (hello + subscribe), ${how}`, value: joinMs, unit: "ms", target: "< 10000 ms", met: joinMs < 10_000 },
      { area, name: `note delivered to ${DEVICES - 1} devices, p50 (baseline: bare WebSocket + INSERT, same devices)`, value: percentile(delivery, 50), unit: "ms", baseline: percentile(floor.delivery, 50) },
      { area, name: `note delivered to ${DEVICES - 1} devices, p95`, value: p95, unit: "ms", baseline: percentile(floor.delivery, 95), target: "< 50 ms", met: p95 < 50 },
      { area, name: "note acknowledged to its sender (commit included), p95", value: percentile(acks, 95), unit: "ms", baseline: percentile(floor.acks, 95), target: "< 100 ms", met: percentile(acks, 95) < 100 },
      { area, name: `notes painted on the facilitator's board (of ${ROUNDS})`, value: toPaint.length, unit: "notes", target: `= ${ROUNDS}`, met: toPaint.length === ROUNDS },
      { area, name: `note ack → painted on the board, p50 (${how}, ${DEVICES} devices; raw)`, value: percentile(toPaint, 50), unit: "ms" },
      { area, name: `note ack → painted on the board, p95 (baseline: delivery to the devices p95)`, value: paintP95, unit: "ms", baseline: p95, target: "≤ 50 ms", met: paintP95 <= 50 },
      { area, name: `room memory (RSS) with ${DEVICES} devices, ${how}`, value: mb, unit: "MB", target: "< 150 MB", met: mb < 150 },
    ];
  } finally {
    clearTimeout(limit);
    for (const s of sockets) s.ws.terminate();
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
};

/** The same rounds through the bare floor (support/bare-room.ts): one durable INSERT, then the note to every socket. */
async function bareDelivery(): Promise<{ delivery: number[]; acks: number[] }> {
  const room = await startBareRoom(DEADLINE_MS);
  try {
    const arrivals: Map<string, number>[] = [];
    const senders = [];
    for (let i = 0; i < DEVICES; i++) {
      const heard = new Map<string, number>();
      arrivals.push(heard);
      senders.push(await room.listeningNoteTaker(heard));
    }
    const delivery: number[] = [];
    const acks: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const text = `Note ${round} from a phone at table ${round % 10}`;
      const sentAt = Date.now();
      await senders[round % DEVICES]!.note(text);
      acks.push(Date.now() - sentAt);
      const until = Date.now() + 10_000;
      while (arrivals.some((a, i) => i !== round % DEVICES && !a.has(text)) && Date.now() < until) await new Promise((r) => setTimeout(r, 1));
      for (const [i, a] of arrivals.entries()) if (i !== round % DEVICES && a.has(text)) delivery.push(a.get(text)! - sentAt);
    }
    return { delivery, acks };
  } finally {
    await room.stop();
  }
}
