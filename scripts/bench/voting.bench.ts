// 200 voters each place 5 dots within the same 10 seconds. Every dot must be recorded once
// (5% of commands are sent twice, as after a dropped connection); we report the p95 time
// from when a dot was due to its acknowledgement, and how long a screen following the event
// over a loopback WebSocket takes to show the final count after the last dot.
//
// Until the join work gives phones their own WebSocket sessions (today every WebSocket is
// the facilitator), the voters call the Room in process as participant actors; the figure
// names say so. The screen that watches the tally is a real WebSocket client.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { newId } from "../../src/api";
import { Change } from "../../src/core";
import { ballotsOfRound } from "../../src/server/db/repos/voting";
import { startLanServer } from "../../src/server/lan/server";
import { FACILITATOR, type Actor } from "../../src/server/room/actor";
import { startRoom } from "../../src/server/start-room";
import { percentile, type Bench, type BenchFigure } from "./figure";

const VOTERS = 200;
const DOTS = 5;
const MAX_PER_ITEM = 2;
const ITEMS = 30;
const WINDOW_MS = 10_000;
const REPLAY_SHARE = 0.05;
const SETTLE_TIMEOUT_MS = 20_000;

function ok<T>(r: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

/** Five dots for one voter, at most two on an item: the items it will tap, in order. */
function plan(items: readonly string[]): string[] {
  const taps: string[] = [];
  const on = new Map<string, number>();
  while (taps.length < DOTS) {
    const item = items[Math.floor(Math.random() * items.length)]!;
    if ((on.get(item) ?? 0) >= MAX_PER_ITEM) continue;
    on.set(item, (on.get(item) ?? 0) + 1);
    taps.push(item);
  }
  return taps;
}

export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), "hearth-bench-voting-"));
  const running = startRoom(join(dir, "data"));
  const lan = await startLanServer({ room: running.room, rendererDir: join(dir, "renderer"), host: "127.0.0.1", port: 0 });
  try {
    const { room } = running;
    const call = (actor: Actor, method: string, input: unknown, commandId = newId()) => room.call(actor, { method, input, commandId });
    const event = ok<{ id: string }>(call(FACILITATOR, "events.create", { id: newId(), title: "Bench", date: "2026-11-14" }));
    const items = Array.from({ length: ITEMS }, (_, i) => ok<{ id: string }>(call(FACILITATOR, "notes.add", { id: newId(), eventId: event.id, text: `Issue ${i + 1}` })).id);
    const round = ok<{ id: string }>(
      call(FACILITATOR, "rounds.create", { id: newId(), eventId: event.id, title: "Bench round", target: "notes", dotsPerVoter: DOTS, maxPerItem: MAX_PER_ITEM, blind: true }),
    );
    ok(call(FACILITATOR, "rounds.open", { roundId: round.id }));

    // The screen on the wall: a WebSocket client following the event's change feed.
    const ws = new WebSocket(`ws://127.0.0.1:${lan.port}/ws`);
    await new Promise<void>((resolve, reject) => (ws.once("open", () => resolve()), ws.once("error", reject)));
    let shownDots = 0;
    let lastShownAt = 0;
    ws.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as { type: string; change?: unknown };
      if (frame.type !== "change") return;
      for (const u of Change.parse(frame.change).upserts) if (u.kind === "turnout" && u.value.id === round.id) shownDots = u.value.dots;
      lastShownAt = performance.now();
    });
    ws.send(JSON.stringify({ type: "call", id: 1, method: "events.snapshot", input: { eventId: event.id } }));
    ws.send(JSON.stringify({ type: "subscribe", id: 2, eventId: event.id, sinceSeq: 0 }));

    // Each dot is due at a random moment of the window; a few are sent twice with the same command id.
    const acks: number[] = [];
    const work: number[] = [];
    const ledger = new Map<string, Map<string, number>>();
    let refused = 0;
    let lastAckAt = 0;
    const start = performance.now() + 200;
    const sends: Promise<void>[] = [];
    for (let v = 0; v < VOTERS; v++) {
      const actor: Actor = { deviceId: `bench-phone-${v}`, role: "participant" };
      const mine = new Map<string, number>();
      ledger.set(actor.deviceId, mine);
      // A phone sends its taps one after another, each when the previous is answered.
      const times = Array.from({ length: DOTS }, () => Math.random() * WINDOW_MS).sort((a, b) => a - b);
      const taps = plan(items);
      sends.push(
        (async () => {
          for (let i = 0; i < DOTS; i++) {
            const due = start + times[i]!;
            await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
            const commandId = newId();
            const input = { roundId: round.id, itemId: taps[i]! };
            const before = performance.now();
            const r = call(actor, "votes.add", input, commandId);
            const now = performance.now();
            work.push(now - before);
            acks.push(Math.max(0, now - due)); // from when the tap was due: waiting behind other dots counts
            lastAckAt = now;
            if (!r.ok) refused++;
            else mine.set(taps[i]!, (mine.get(taps[i]!) ?? 0) + 1);
            if (Math.random() < REPLAY_SHARE) call(actor, "votes.add", input, commandId); // the resend after a drop
          }
        })(),
      );
    }
    await Promise.all(sends);
    const expected = VOTERS * DOTS;
    const settleStart = lastAckAt;
    while (shownDots !== expected && performance.now() - settleStart < SETTLE_TIMEOUT_MS) await new Promise((resolve) => setTimeout(resolve, 1));
    const settled = shownDots === expected ? lastShownAt - settleStart : Number.NaN;
    ws.close();

    // Every dot once: the stored ballots equal each voter's ledger.
    const stored = ballotsOfRound(running.db, round.id);
    const recorded = stored.reduce((sum, b) => sum + b.dots.reduce((n, d) => n + d.dots, 0), 0);
    let mismatched = 0;
    for (const [deviceId, mine] of ledger) {
      const b = ok<{ dots: { itemId: string; dots: number }[] }>(room.call({ deviceId, role: "participant" }, { method: "votes.mine", input: { roundId: round.id } }));
      const got = new Map(b.dots.map((d) => [d.itemId, d.dots]));
      if (got.size !== mine.size || [...mine].some(([item, n]) => got.get(item) !== n)) mismatched++;
    }

    const p95 = percentile(acks, 95);
    const area = "voting";
    const how = "Room.call in process, participant actors";
    return [
      { area, name: `dots recorded once (${VOTERS} voters × ${DOTS}, ${REPLAY_SHARE * 100}% resent)`, value: recorded, unit: "dots", target: `= ${expected}`, met: recorded === expected && mismatched === 0 && refused === 0 },
      { area, name: `dot ack p95 (${how})`, value: p95, unit: "ms", target: "< 100 ms", met: p95 < 100 },
      { area, name: `dot ack p50 (${how})`, value: percentile(acks, 50), unit: "ms" },
      { area, name: `dot ack max (${how})`, value: Math.max(...acks), unit: "ms" },
      { area, name: "votes.add handling p95 (transaction + fsync, no waiting)", value: percentile(work, 95), unit: "ms" },
      { area, name: "tally settled on a loopback WebSocket screen after the last dot", value: settled, unit: "ms", target: "shown", met: Number.isFinite(settled) },
    ] satisfies BenchFigure[];
  } finally {
    await lan.close();
    running.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
