// A full hall against the built `hearth serve` on loopback: 50 note-takers adding a note every
// 2 s and the rest of the devices (150, or `--devices N` − 50) voting, through real sockets,
// while the facilitator's board (1,000 notes already on it) is open in Chromium. Then the same
// load against the bare floor (support/bare-room.ts) in the same run: its figures are the
// baselines. Room CPU and memory are the `hearth serve` process's own.
import { chromium, type Browser } from "@playwright/test";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolveChromium } from "../../tests/support/chromium";
import { seedBoard } from "./board-seed";
import { percentile, type Bench, type BenchFigure } from "./figure";
import { startServe } from "./serve";
import { BenchSocket } from "./support/bench-socket";
import { openBoardWatch, paintTimes } from "./support/board-paint";
import { runHall, type HallRun } from "./support/hall-load";
import { hearthListener, hearthTarget, startBareRoom, type Arrivals, type HearthHall } from "./support/hall-targets";
import { cpuMsOf, rssOf } from "./support/proc-usage";

const NOTE_TAKERS = 50;
const BOARD = 1000;
const WINDOW_MS = 20_000;
const PAINT_WAIT_MS = 15_000;
const DEADLINE_MS = 10 * 60_000;

export const bench: Bench = async ({ devices }) => {
  if (!existsSync(fileURLToPath(new URL("../../out/main/cli.js", import.meta.url)))) throw new Error("hall bench: build first (npm run build).");
  const voters = devices - NOTE_TAKERS;
  const server = await startServe();
  const sockets: BenchSocket[] = [];
  let browser: Browser | undefined;
  const limit = setTimeout(() => (server.child.kill("SIGKILL"), void browser?.close()), DEADLINE_MS);
  try {
    const hall = await setUpHall(server.url);
    const found = await resolveChromium();
    browser = await chromium.launch({ executablePath: found.executablePath, args: found.args });
    const board = await openBoardWatch(browser, `${server.url}/#/events/${hall.eventId}`, BOARD);
    const arrivals: Arrivals = new Map();
    await hearthListener(hall, sockets, arrivals);

    const pid = server.child.pid!;
    const cpuBefore = cpuMsOf(pid);
    const run = await runHall(hearthTarget(hall, sockets), NOTE_TAKERS, voters, WINDOW_MS);
    const cpuMs = cpuMsOf(pid) - cpuBefore;
    const rssMb = rssOf(pid) / 2 ** 20;
    const painted = await paintTimes(board, [...run.ackedAt.keys()], PAINT_WAIT_MS);
    console.error(`hall bench: hearth done (${run.changes} changes, ${run.refused} refused: ${[...run.refusals].map(([code, n]) => `${code} × ${n}`).join(", ") || "none"}; ${run.unanswered} unanswered); now the bare floor`);

    const bare = await startBareRoom(DEADLINE_MS);
    let floor: HallRun;
    const floorArrivals: Arrivals = new Map();
    let floorCpuMs: number;
    try {
      await bare.listen(floorArrivals);
      const before = cpuMsOf(bare.pid);
      floor = await runHall(bare.target, NOTE_TAKERS, voters, WINDOW_MS);
      floorCpuMs = cpuMsOf(bare.pid) - before;
    } finally {
      await bare.stop();
    }
    return figures({ devices, voters, run, floor, cpuMs, floorCpuMs, rssMb, painted, arrivals, floorArrivals });
  } finally {
    clearTimeout(limit);
    for (const s of sockets) s.ws.terminate();
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
};

async function setUpHall(url: string): Promise<HearthHall> {
  const words = ["buses", "lifts", "damp", "GP", "lights", "park", "benches", "youth club", "parking", "bins"];
  const notes = Array.from({ length: BOARD }, (_, i) => ({ text: `Note ${i + 1}: the ${words[i % words.length]} need attention`, theme: i % 2 ? `Theme ${i % 20}` : undefined }));
  const eventId = await seedBoard(url, { title: "Bench: a full hall", themes: Array.from({ length: 20 }, (_, i) => `Theme ${i}`), notes });
  const host = await BenchSocket.open(Number(new URL(url).port));
  try {
    const query = (method: string, input: unknown) => host.request({ type: "call", method, input });
    const snapshot = (await query("events.snapshot", { eventId })) as { note: { id: string }[] };
    const items = snapshot.note.slice(0, 30).map((n) => n.id);
    const roundId = `round_hall_${Date.now().toString(36)}`;
    await host.call("rounds.create", { id: roundId, eventId, title: "Hall round", target: "notes", dotsPerVoter: 5, maxPerItem: 2, blind: false });
    await host.call("rounds.open", { roundId });
    await host.call("join.open", { eventId, address: null });
    await new Promise((r) => setTimeout(r, 50)); // the invite is kept once the command has committed
    const { invite } = (await query("join.status", { eventId })) as { invite: { tokens: { notetaker: string; participant: string } } };
    const { seq } = (await query("events.snapshot", { eventId })) as { seq: number };
    return { port: Number(new URL(url).port), eventId, roundId, tokens: invite.tokens, items, seq };
  } finally {
    host.ws.terminate();
  }
}

function figures(m: {
  devices: number;
  voters: number;
  run: HallRun;
  floor: HallRun;
  cpuMs: number;
  floorCpuMs: number;
  rssMb: number;
  painted: Map<string, number>;
  arrivals: Arrivals;
  floorArrivals: Arrivals;
}): BenchFigure[] {
  const { run, floor } = m;
  const since = (to: Map<string, number>, from: Map<string, number>) => [...from].flatMap(([t, at]) => (to.has(t) ? [to.get(t)! - at] : []));
  const ackToPaint = since(m.painted, run.ackedAt);
  const sendToPaint = since(m.painted, run.sentAt);
  const floorDelivery = since(m.floorArrivals, floor.sentAt);
  const delivery = since(m.arrivals, run.sentAt);
  const area = `hall ${m.devices}`;
  const f = (name: string, value: number, unit: string, baseline?: number, target?: string, met?: boolean): BenchFigure => ({
    area,
    name,
    value,
    unit,
    ...(baseline !== undefined && { baseline }),
    ...(target !== undefined && { target, met }),
  });
  const noteP95 = percentile(run.noteAcks, 95);
  const dotP95 = percentile(run.dotAcks, 95);
  const paintP95 = percentile(ackToPaint, 95);
  const cpuPerChange = m.cpuMs / run.changes;
  return [
    f(`${NOTE_TAKERS} note-takers + ${m.voters} voting phones join (hello + subscribe)`, run.joinMs, "ms", floor.joinMs),
    f(`devices whose join went unanswered for 60 s (of ${m.devices})`, run.notJoined, "devices", floor.notJoined, "0", run.notJoined === 0),
    f(`changes in ${WINDOW_MS / 1000} s (notes + dots)`, run.changes, "changes", floor.changes, "0 refused, 0 unanswered", run.refused === 0 && run.unanswered === 0),
    f("notes and dots refused / unanswered for 30 s", run.refused + run.unanswered, "changes", floor.refused + floor.unanswered),
    f("note ack p50, from when due", percentile(run.noteAcks, 50), "ms", percentile(floor.noteAcks, 50)),
    f("note ack p95, from when due", noteP95, "ms", percentile(floor.noteAcks, 95), "≤ 300 ms", noteP95 <= 300),
    f("dot ack p50, from when due", percentile(run.dotAcks, 50), "ms", percentile(floor.dotAcks, 50)),
    f("dot ack p95, from when due", dotP95, "ms", percentile(floor.dotAcks, 95), "≤ 20 ms idle, ≤ 100 ms busy", dotP95 <= 100),
    f("note delivered to a listening socket p95, send → arrival", percentile(delivery, 95), "ms", percentile(floorDelivery, 95)),
    f(`notes painted on the facilitator's ${BOARD}-note board (of ${run.ackedAt.size})`, ackToPaint.length, "notes", undefined, "all", ackToPaint.length === run.ackedAt.size),
    f("note ack → painted on the board p50 (raw: negative = painted before the ack arrived)", percentile(ackToPaint, 50), "ms"),
    f("note ack → painted on the board p95", paintP95, "ms", undefined, "≤ 50 ms", paintP95 <= 50),
    f("note send → painted on the board p95 (baseline: bare send → arrival)", percentile(sendToPaint, 95), "ms", percentile(floorDelivery, 95)),
    f("room CPU per change (notes + dots), hearth serve process", cpuPerChange, "ms", m.floorCpuMs / floor.changes, "≤ 1 ms", cpuPerChange <= 1),
    f("room CPU, whole window", m.cpuMs, "ms", m.floorCpuMs),
    f(`room memory (RSS), ${m.devices} devices, ${BOARD}+ notes`, m.rssMb, "MB", undefined, "≤ 150 MB", m.rssMb <= 150),
  ];
}
