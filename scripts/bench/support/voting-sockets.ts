// The voting load over real WebSocket sessions: 200 phones joined with the participants' token,
// each following the event as a phone does, and the wall joined with the projector's token.
// The room runs in a process of its own (forked-room.ts).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { percentile, type BenchFigure } from "../figure";
import { BenchSocket, commandId, type Answer } from "./bench-socket";
import { forkRoom } from "./forked-room";
import { EXPECTED_DOTS, ITEMS, matchesLedger, plan, REPLAY_SHARE, roundSettings, settleTime, sleepUntil, tally, VOTERS } from "./voting-load";

const DEADLINE_MS = 90_000;
const HOW = `WebSocket, ${VOTERS} phones joined with a participant token`;

type Ballot = { dots: { itemId: string; dots: number }[] };

export async function votingOverSockets(): Promise<BenchFigure[]> {
  const room = await forkRoom("voting", DEADLINE_MS);
  const sockets: BenchSocket[] = [];
  const open = async () => {
    const s = await BenchSocket.open(room.port);
    sockets.push(s);
    return s;
  };
  try {
    // The facilitator (this computer, loopback) sets up the event, the round and the invite.
    const host = await open();
    const eventId = `evt_bench_${randomBytes(6).toString("hex")}`;
    await host.call("events.create", { id: eventId, title: "Bench: voting phones", date: "2026-11-14" });
    const items: string[] = [];
    for (let i = 0; i < ITEMS; i++) items.push(((await host.call("notes.add", { id: `note_bench_${i}`, eventId, text: `Issue ${i + 1}` })) as { id: string }).id);
    const roundId = `round_bench_${randomBytes(4).toString("hex")}`;
    await host.call("rounds.create", { id: roundId, eventId, ...roundSettings });
    await host.call("rounds.open", { roundId });
    await host.call("join.open", { eventId, address: null });
    await new Promise((r) => setTimeout(r, 50)); // the invite is kept once the command has committed
    const query = (s: BenchSocket, method: string, input: unknown) => s.request({ type: "call", method, input });
    const { invite } = (await query(host, "join.status", { eventId })) as { invite: { tokens: { participant: string; projector: string } } };
    const { seq } = (await query(host, "events.snapshot", { eventId })) as { seq: number };

    // The wall: a projector device following the feed; what it shows is the round's turnout.
    const wall = await open();
    await wall.joinWith(invite.tokens.projector, eventId, seq);
    const shown = { dots: 0, voters: 0, at: 0 };
    wall.onChange = (change, at) => {
      for (const u of change.upserts) {
        if (u.kind !== "turnout" || u.value.id !== roundId) continue;
        shown.dots = u.value.dots as number;
        shown.voters = u.value.voters as number;
        if (shown.dots === EXPECTED_DOTS && shown.at === 0) shown.at = at;
      }
    };

    const joinStart = performance.now();
    const phones = await Promise.all(
      Array.from({ length: VOTERS }, async () => {
        const s = await open();
        await s.joinWith(invite.tokens.participant, eventId, seq);
        return s;
      }),
    );
    const joinMs = performance.now() - joinStart;

    // Each phone taps its five dots one after another, each when it is due and the previous one answered.
    const sinceDue: number[] = [];
    const roundTrip: number[] = [];
    const ledgers = phones.map(() => new Map<string, number>());
    let refused = 0;
    let replaysDiffering = 0;
    let lastAckAt = 0;
    const start = performance.now() + 200;
    const cpuBefore = await room.cpu();
    await Promise.all(
      phones.map(async (phone, v) => {
        for (const tap of plan(items)) {
          const due = start + tap.at;
          await sleepUntil(due);
          const frame = { type: "call", method: "votes.add", input: { roundId, itemId: tap.itemId }, commandId: commandId() };
          const sent = performance.now();
          const answer: Answer = await phone.send(frame);
          const now = performance.now();
          sinceDue.push(now - due); // waiting behind the phone's own previous tap counts
          roundTrip.push(now - sent);
          lastAckAt = Math.max(lastAckAt, now);
          if (!answer.ok) refused++;
          else tally(ledgers[v]!, tap.itemId);
          // The resend after a dropped connection: same command id, so the same answer and no second dot.
          if (Math.random() < REPLAY_SHARE && JSON.stringify(await phone.send(frame)) !== JSON.stringify(answer)) replaysDiffering++;
        }
      }),
    );
    const settled = await settleTime(() => shown, lastAckAt);
    const cpuMs = (await room.cpu()) - cpuBefore;

    // Every dot once: each phone's ballot as the room has it equals its ledger, and the facilitator's count is the total.
    let mismatched = 0;
    await Promise.all(
      phones.map(async (phone, v) => {
        const mine = (await query(phone, "votes.mine", { roundId })) as Ballot;
        if (!matchesLedger(ledgers[v]!, mine.dots)) mismatched++;
      }),
    );
    const snapshot = (await query(host, "events.snapshot", { eventId })) as { ballot: (Ballot & { roundId: string })[] };
    const ballots = snapshot.ballot.filter((b) => b.roundId === roundId);
    const recorded = ballots.reduce((sum, b) => sum + b.dots.reduce((n, d) => n + d.dots, 0), 0);
    const allOnce = recorded === EXPECTED_DOTS && ballots.length === VOTERS && mismatched === 0 && refused === 0 && replaysDiffering === 0;
    const mb = (await room.memory()) / 2 ** 20;
    const p95 = percentile(sinceDue, 95);
    const area = "voting";
    return [
      { area, name: `dots recorded once (${HOW}; ${REPLAY_SHARE * 100}% resent)`, value: recorded, unit: "dots", target: `= ${EXPECTED_DOTS}`, met: allOnce },
      { area, name: `dot ack p95, from when due (${HOW})`, value: p95, unit: "ms", target: "< 100 ms", met: p95 < 100 },
      { area, name: `dot ack p50, from when due (${HOW})`, value: percentile(sinceDue, 50), unit: "ms" },
      { area, name: `dot ack max, from when due (${HOW})`, value: Math.max(...sinceDue), unit: "ms" },
      { area, name: `dot round trip p95, send → ack (${HOW})`, value: percentile(roundTrip, 95), unit: "ms" },
      { area, name: "tally settled on the wall (a projector device) after the last dot", value: settled, unit: "ms", target: "shown", met: Number.isFinite(settled) && shown.voters === VOTERS },
      { area, name: `room CPU time for the ${EXPECTED_DOTS} dots and their pushes to every phone (${HOW})`, value: cpuMs, unit: "ms" },
      { area, name: `${VOTERS} phones join with a participant token (hello + subscribe)`, value: joinMs, unit: "ms", target: "< 10000 ms", met: joinMs < 10_000 },
      { area, name: `room memory (RSS) with ${VOTERS} voting phones`, value: mb, unit: "MB", target: "< 150 MB", met: mb < 150 },
    ];
  } finally {
    for (const s of sockets) s.ws.terminate();
    await room.stop();
  }
}
