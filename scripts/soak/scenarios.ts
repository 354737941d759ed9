import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HearthClient, newId } from "../../src/api";
import { websocketTransport } from "../../src/api/transports/websocket";
import { percentile } from "../bench/figure";
import { HearthProcess } from "./hearth-process";
import { notesKind } from "./ledger";
import { SimulatedNoteTaker, sleep, wsUrl } from "./notetaker";
import { backupCount, verifyDataFolder } from "./verify";

export interface SoakFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
  readonly met?: boolean;
}

export interface SoakReport {
  readonly name: string;
  readonly figures: readonly SoakFigure[];
  /** Every broken promise found; empty when the run passed. */
  readonly problems: readonly string[];
}

export interface LoadOptions {
  readonly noteTakers: number;
  readonly perMinute: number;
  readonly durationMs: number;
  /** ack p95 target in ms (figures only; a soak run fails on lost or doubled data, not on speed). */
  readonly p95TargetMs?: number;
  /** SIGKILLs of the server at random moments during the load (F1). */
  readonly kills?: number;
  readonly backupIntervalMs?: number;
}

/** A fresh data folder with a `hearth serve` on it and one event; cleaned up after, unless the run failed. */
async function withRoom(name: string, backupIntervalMs: number, run: (proc: HearthProcess, eventId: string) => Promise<SoakReport>): Promise<SoakReport> {
  const dataDir = mkdtempSync(join(tmpdir(), `hearth-soak-${name.toLowerCase()}-`));
  const proc = new HearthProcess(dataDir, { HEARTH_BACKUP_INTERVAL_MS: String(backupIntervalMs) });
  let report: SoakReport | undefined;
  try {
    await proc.start();
    const admin = new HearthClient(websocketTransport(wsUrl(proc.url)));
    const created = await admin.call("events.create", { id: newId(), title: `Soak ${name}`, date: "2026-11-14" });
    admin.close();
    if (!created.ok) throw new Error(`could not create the event: ${created.error.message}`);
    report = await run(proc, created.value.id);
    return report;
  } finally {
    await proc.stop();
    if (report && report.problems.length === 0) rmSync(dataDir, { recursive: true, force: true });
    else console.error(`${name}: data folder kept for inspection: ${dataDir}\n--- server log (tail) ---\n${proc.log.slice(-3000)}`);
  }
}

/** L1/L2 (and F1 with `kills`): note-takers typing at a rate for a while; then "nothing lost". */
export function runLoad(name: string, opts: LoadOptions): Promise<SoakReport> {
  return withRoom(name, opts.backupIntervalMs ?? 2_000, async (proc, eventId) => {
    const takers = Array.from({ length: opts.noteTakers }, (_, i) => new SimulatedNoteTaker(`${name.toLowerCase()}t${i + 1}`, proc.url));
    const until = Date.now() + opts.durationMs;
    const typing = Promise.all(takers.map((t) => t.typeUntil(eventId, opts.perMinute, until)));
    const kills: number[] = [];
    if (opts.kills) {
      // Random moments spread over the run, the last well before its end so replays finish under load.
      const span = opts.durationMs * 0.85;
      const moments = Array.from({ length: opts.kills }, () => Math.random() * span).sort((a, b) => a - b);
      const start = Date.now();
      for (const at of moments) {
        await sleep(Math.max(0, start + at - Date.now()));
        await proc.kill();
        const down = performance.now();
        await proc.start();
        kills.push(performance.now() - down);
      }
    }
    await typing;
    await Promise.all(takers.map((t) => t.drain()));
    for (const t of takers) t.close();
    await proc.stop();
    const problems = verifyDataFolder(proc.dataDir, [{ kind: notesKind, ledgers: takers.map((t) => t.ledger) }]);
    for (const t of takers) for (const [id, why] of t.ledger.refused) problems.push(`note ${id} was refused: ${why}`);
    const times = takers.flatMap((t) => t.ledger.ackTimes);
    const acked = takers.reduce((n, t) => n + t.ledger.counts.acked, 0);
    const p95 = percentile(times, 95);
    const figures: SoakFigure[] = [
      { name: "notes acknowledged", value: acked, unit: "notes" },
      { name: "lost or doubled", value: problems.length, unit: "problems", target: "0", met: problems.length === 0 },
      { name: "ack p50", value: percentile(times, 50), unit: "ms" },
      opts.p95TargetMs === undefined || opts.kills
        ? { name: "ack p95", value: p95, unit: "ms" }
        : { name: "ack p95", value: p95, unit: "ms", target: `< ${opts.p95TargetMs} ms`, met: p95 < opts.p95TargetMs },
      { name: "backups checked", value: backupCount(proc.dataDir), unit: "files" },
    ];
    if (opts.kills) {
      figures.push({ name: "SIGKILLs survived", value: kills.length, unit: "kills" });
      figures.push({ name: "restart p95", value: percentile(kills, 95), unit: "ms" });
    }
    return { name, figures, problems };
  });
}

export interface JoinOptions {
  readonly devices: number;
  readonly windowMs: number;
}

/**
 * L3: devices arrive within a short window, each loading the event and following its feed,
 * while a note-taker keeps typing; every device must receive the last note live.
 * (The join branch replaces the plain connection with joining by token.)
 */
export function runJoins(name: string, opts: JoinOptions): Promise<SoakReport> {
  return withRoom(name, 5_000, async (proc, eventId) => {
    const problems: string[] = [];
    const taker = new SimulatedNoteTaker(`${name.toLowerCase()}t1`, proc.url);
    const until = Date.now() + opts.windowMs + 2_000;
    const typing = taker.typeUntil(eventId, 60, until);
    const devices: { client: HearthClient; seen: Set<string> }[] = [];
    const joinTimes: number[] = [];
    await Promise.all(
      Array.from({ length: opts.devices }, async (_, i) => {
        await sleep((i / opts.devices) * opts.windowMs);
        const started = performance.now();
        const client = new HearthClient(websocketTransport(wsUrl(proc.url), { minDelay: 100, maxDelay: 1000 }));
        const device = { client, seen: new Set<string>() };
        devices.push(device);
        const snap = await client.call("events.snapshot", { eventId });
        if (!snap.ok) return void problems.push(`device ${i + 1} could not load the event: ${snap.error.message}`);
        joinTimes.push(performance.now() - started);
        client.watch(eventId, snap.value.seq, (c) => {
          for (const u of c.upserts) if (u.kind === "note") device.seen.add(u.value.id);
        });
      }),
    );
    await typing;
    await taker.drain();
    const lastId = `${name.toLowerCase()}_last_note`;
    const last = await taker.client.call("notes.add", { id: lastId, eventId, text: "The last note, for every device" });
    if (!last.ok) problems.push(`the last note was refused: ${last.error.message}`);
    else taker.ledger.acked.set(lastId, last.value.text);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && devices.some((d) => !d.seen.has(lastId))) await sleep(100);
    const missed = devices.filter((d) => !d.seen.has(lastId)).length;
    if (missed) problems.push(`${missed} of ${devices.length} devices did not receive the last note`);
    for (const d of devices) d.client.close();
    taker.close();
    await proc.stop();
    problems.push(...verifyDataFolder(proc.dataDir, [{ kind: notesKind, ledgers: [taker.ledger] }]));
    return {
      name,
      figures: [
        { name: "devices joined", value: joinTimes.length, unit: "devices", target: `${opts.devices}`, met: joinTimes.length === opts.devices },
        { name: "join p95", value: percentile(joinTimes, 95), unit: "ms" },
        { name: "notes acknowledged meanwhile", value: taker.ledger.counts.acked, unit: "notes" },
        { name: "ack p95 meanwhile", value: percentile(taker.ledger.ackTimes, 95), unit: "ms" },
      ],
      problems,
    };
  });
}
