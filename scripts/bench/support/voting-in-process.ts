// The voting load without sockets: the voters call the Room in this process as participant
// actors. Compared with the WebSocket run, it shows how much of a dot's time is the room's own
// work (the transaction and its fsync) and how much the sockets and sessions around it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { newId } from "../../../src/api";
import { ballotsOfRound } from "../../../src/server/db/repos/voting";
import { startLanServer } from "../../../src/server/lan/server";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { startRoom } from "../../../src/server/start-room";
import { percentile, type BenchFigure } from "../figure";
import { BenchSocket } from "./bench-socket";
import { EXPECTED_DOTS, ITEMS, matchesLedger, plan, REPLAY_SHARE, roundSettings, settleTime, sleepUntil, tally, VOTERS } from "./voting-load";

const HOW = "in process: Room.call, no sockets";

function ok<T>(r: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

export async function votingInProcess(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), "hearth-bench-voting-"));
  const running = startRoom(join(dir, "data"));
  const lan = await startLanServer({ room: running.room, rendererDir: join(dir, "renderer"), host: "127.0.0.1", port: 0 });
  let screen: BenchSocket | undefined;
  try {
    const { room } = running;
    const call = (actor: Actor, method: string, input: unknown, commandId = newId()) => room.call(actor, { method, input, commandId });
    const event = ok<{ id: string }>(call(FACILITATOR, "events.create", { id: newId(), title: "Bench", date: "2026-11-14" }));
    const items = Array.from({ length: ITEMS }, (_, i) => ok<{ id: string }>(call(FACILITATOR, "notes.add", { id: newId(), eventId: event.id, text: `Issue ${i + 1}` })).id);
    const round = ok<{ id: string }>(call(FACILITATOR, "rounds.create", { id: newId(), eventId: event.id, ...roundSettings }));
    ok(call(FACILITATOR, "rounds.open", { roundId: round.id }));

    // A screen following the event over a loopback WebSocket (the facilitator's, as this computer).
    screen = await BenchSocket.open(lan.port);
    const shown = { dots: 0, at: 0 };
    screen.onChange = (change, at) => {
      for (const u of change.upserts) if (u.kind === "turnout" && u.value.id === round.id) shown.dots = u.value.dots as number;
      if (shown.dots === EXPECTED_DOTS && shown.at === 0) shown.at = at;
    };
    await screen.request({ type: "subscribe", eventId: event.id, sinceSeq: 0 });

    const acks: number[] = [];
    const work: number[] = [];
    const ledgers = new Map<string, Map<string, number>>();
    let refused = 0;
    let lastAckAt = 0;
    const start = performance.now() + 200;
    await Promise.all(
      Array.from({ length: VOTERS }, async (_, v) => {
        const actor: Actor = { deviceId: `bench-phone-${v}`, role: "participant" };
        const mine = new Map<string, number>();
        ledgers.set(actor.deviceId, mine);
        for (const tap of plan(items)) {
          const due = start + tap.at;
          await sleepUntil(due);
          const commandId = newId();
          const input = { roundId: round.id, itemId: tap.itemId };
          const before = performance.now();
          const r = call(actor, "votes.add", input, commandId);
          const now = performance.now();
          work.push(now - before);
          acks.push(Math.max(0, now - due)); // from when the tap was due: waiting behind other dots counts
          lastAckAt = now;
          if (!r.ok) refused++;
          else tally(mine, tap.itemId);
          if (Math.random() < REPLAY_SHARE) call(actor, "votes.add", input, commandId); // the resend after a drop
        }
      }),
    );
    const settled = await settleTime(() => shown, lastAckAt);

    const recorded = ballotsOfRound(running.db, round.id).reduce((sum, b) => sum + b.dots.reduce((n, d) => n + d.dots, 0), 0);
    let mismatched = 0;
    for (const [deviceId, mine] of ledgers) {
      const b = ok<{ dots: { itemId: string; dots: number }[] }>(room.call({ deviceId, role: "participant" }, { method: "votes.mine", input: { roundId: round.id } }));
      if (!matchesLedger(mine, b.dots)) mismatched++;
    }
    const p95 = percentile(acks, 95);
    const area = "voting";
    return [
      { area, name: `dots recorded once (${HOW})`, value: recorded, unit: "dots", target: `= ${EXPECTED_DOTS}`, met: recorded === EXPECTED_DOTS && mismatched === 0 && refused === 0 },
      { area, name: `dot ack p95, from when due (${HOW})`, value: p95, unit: "ms", target: "< 100 ms", met: p95 < 100 },
      { area, name: `votes.add handling p95 (${HOW}: transaction + fsync, no waiting)`, value: percentile(work, 95), unit: "ms" },
      { area, name: `tally settled on a loopback WebSocket screen after the last dot (${HOW})`, value: settled, unit: "ms", target: "shown", met: Number.isFinite(settled) },
    ];
  } finally {
    screen?.ws.terminate();
    await lan.close();
    running.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
