import type { JoinRequest } from "../../src/api";
import { percentile } from "../bench/figure";
import { joinDevice, within, type JoinedDevice } from "./device";
import { notesKind } from "./ledger";
import { SimulatedNoteTaker, sleep } from "./notetaker";
import { withRoom, type SoakReport } from "./scenarios";
import { verifyDataFolder } from "./verify";

export interface JoinOptions {
  /** Devices that scan the participants' QR code (the token: in at once). */
  readonly devices: number;
  /** Devices that type the short code; the facilitator lets each in from the Devices page. */
  readonly codeDevices: number;
  /** Every device arrives within this window. */
  readonly windowMs: number;
}

interface Arrival {
  readonly device: JoinedDevice;
  readonly via: "token" | "code";
  readonly seen: Set<string>;
  joinedMs?: number;
}

/** How long a device may wait to be let in before the run counts it as not joined. */
const JOIN_PATIENCE_MS = 20_000;

/**
 * L3: devices arrive within a short window and join for real (a device key, and the QR's
 * token or the typed code, which the facilitator approves by command), each then loading the
 * event and following its feed, while a note-taker keeps typing. Every device must be let
 * in, and receive the last note live; the notes typed meanwhile must all be kept.
 */
export function runJoins(name: string, opts: JoinOptions): Promise<SoakReport> {
  return withRoom(name, 5_000, async ({ proc, host, eventId, invite }) => {
    const problems: string[] = [];
    const taker = new SimulatedNoteTaker(`${name.toLowerCase()}t1`, proc.url, { via: "token", token: invite.tokens.notetaker });
    const typing = taker.typeUntil(eventId, 60, Date.now() + opts.windowMs + 2_000);
    const stopApproving = host.keepApproving(eventId);
    const total = opts.devices + opts.codeDevices;
    // The code devices arrive among the others, evenly spread (as people who could not scan).
    const byCode = new Set(Array.from({ length: opts.codeDevices }, (_, k) => Math.floor(((k + 0.5) * total) / opts.codeDevices)));
    const arrivals: Arrival[] = [];
    const firstArrival = performance.now();
    let lastJoined = firstArrival;
    await Promise.all(
      Array.from({ length: total }, async (_, i) => {
        await sleep((i / total) * opts.windowMs);
        const via = byCode.has(i) ? "code" : "token";
        const join: JoinRequest = via === "code" ? { via, code: invite.code, label: `Soak phone ${i + 1}` } : { via, token: invite.tokens.participant };
        const started = performance.now();
        const a: Arrival = { device: joinDevice(proc.url, join, { minDelay: 100, maxDelay: 1000 }), via, seen: new Set() };
        arrivals.push(a);
        try {
          await within(a.device.joined, JOIN_PATIENCE_MS);
        } catch (err) {
          return void problems.push(`device ${i + 1} (${via}) did not join: ${err instanceof Error ? err.message : String(err)}`);
        }
        const snap = await a.device.client.call("events.snapshot", { eventId });
        if (!snap.ok) return void problems.push(`device ${i + 1} could not load the event: ${snap.error.message}`);
        a.joinedMs = performance.now() - started;
        lastJoined = Math.max(lastJoined, performance.now());
        a.device.client.watch(snap.value.event.id, snap.value.seq, (c) => {
          for (const u of c.upserts) if (u.kind === "note") a.seen.add(u.value.id);
        });
      }),
    );
    await stopApproving();
    await typing;
    await taker.drain();
    const lastId = `${name.toLowerCase()}_last_note`;
    const last = await taker.client.call("notes.add", { id: lastId, eventId, text: "The last note, for every device" });
    if (!last.ok) problems.push(`the last note was refused: ${last.error.message}`);
    else taker.ledger.acked.set(lastId, last.value.text);
    const joined = arrivals.filter((a) => a.joinedMs !== undefined);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && joined.some((a) => !a.seen.has(lastId))) await sleep(100);
    const missed = joined.filter((a) => !a.seen.has(lastId)).length;
    if (missed) problems.push(`${missed} of ${joined.length} devices did not receive the last note`);
    // The room's own list: every device in, none left waiting, each joined the way it came.
    const status = await host.must("join.status", { eventId });
    const listed = status.devices.filter((d) => d.role === "participant");
    const inByToken = listed.filter((d) => d.state === "approved" && d.joinedVia === "token").length;
    const inByCode = listed.filter((d) => d.state === "approved" && d.joinedVia === "code").length;
    if (inByToken !== opts.devices || inByCode !== opts.codeDevices) {
      problems.push(`the Devices page lists ${inByToken} joined by token and ${inByCode} by code, of ${opts.devices} and ${opts.codeDevices}`);
    }
    for (const a of arrivals) a.device.client.close();
    taker.close();
    host.close();
    await proc.stop();
    problems.push(...verifyDataFolder(proc.dataDir, [{ kind: notesKind, ledgers: [taker.ledger, host.ledger] }]));
    const times = (via: Arrival["via"]) => joined.filter((a) => a.via === via).map((a) => a.joinedMs!);
    return {
      name,
      figures: [
        { name: "devices joined by token", value: times("token").length, unit: "devices", target: `${opts.devices}`, met: times("token").length === opts.devices },
        { name: "devices joined by code, approved", value: times("code").length, unit: "devices", target: `${opts.codeDevices}`, met: times("code").length === opts.codeDevices },
        { name: "token join p95 (hello to event loaded)", value: percentile(times("token"), 95), unit: "ms" },
        { name: "code join p95 (hello to approved and loaded)", value: percentile(times("code"), 95), unit: "ms" },
        { name: "last device in, after the first arrived", value: lastJoined - firstArrival, unit: "ms" },
        { name: "notes acknowledged meanwhile", value: taker.ledger.counts.acked, unit: "notes" },
        { name: "ack p95 meanwhile", value: percentile(taker.ledger.ackTimes, 95), unit: "ms" },
      ],
      problems,
    };
  });
}
