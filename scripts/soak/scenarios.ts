import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newId } from "../../src/api";
import { percentile } from "../bench/figure";
import { SoakFacilitator, type Invite } from "./facilitator";
import { HearthProcess } from "./hearth-process";
import { notesKind } from "./ledger";
import { SimulatedNoteTaker, sleep } from "./notetaker";
import { backupCount, verifyDataFolder } from "./verify";
import { votesKind } from "./vote-ledger";
import { VotingCrowd, type VotingOptions } from "./voting-bursts";

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
  /** Phones voting in bursts beside the note-takers. */
  readonly voting?: VotingOptions;
}

/** The room of one run: the facilitator at the laptop, the event, and its join codes. */
export interface SoakRoom {
  readonly proc: HearthProcess;
  readonly host: SoakFacilitator;
  readonly eventId: string;
  readonly invite: Invite;
}

/** A fresh data folder with a `hearth serve` on it and one event; cleaned up after, unless the run failed. */
export async function withRoom(name: string, backupIntervalMs: number, run: (room: SoakRoom) => Promise<SoakReport>): Promise<SoakReport> {
  const dataDir = mkdtempSync(join(tmpdir(), `hearth-soak-${name.toLowerCase()}-`));
  const proc = new HearthProcess(dataDir, { HEARTH_BACKUP_INTERVAL_MS: String(backupIntervalMs) });
  let report: SoakReport | undefined;
  let host: SoakFacilitator | undefined;
  try {
    await proc.start();
    host = new SoakFacilitator(proc.url);
    const event = await host.must("events.create", { id: newId(), title: `Soak ${name}`, date: "2026-11-14" });
    report = await run({ proc, host, eventId: event.id, invite: await host.invite(event.id) });
    return report;
  } finally {
    host?.close();
    await proc.stop();
    if (report && report.problems.length === 0) rmSync(dataDir, { recursive: true, force: true });
    else console.error(`${name}: data folder kept for inspection: ${dataDir}\n--- server log (tail) ---\n${proc.log.slice(-3000)}`);
  }
}

/**
 * L1/L2 (and F1 with `kills`): note-takers (tablets joined with the note-takers' token)
 * typing at a rate for a while, and phones voting in bursts; then "nothing lost" for notes
 * and for every voter's dots.
 */
export function runLoad(name: string, opts: LoadOptions): Promise<SoakReport> {
  return withRoom(name, opts.backupIntervalMs ?? 2_000, async ({ proc, host, eventId, invite }) => {
    const notetakerJoin = { via: "token", token: invite.tokens.notetaker } as const;
    const takers = Array.from({ length: opts.noteTakers }, (_, i) => new SimulatedNoteTaker(`${name.toLowerCase()}t${i + 1}`, proc.url, notetakerJoin));
    const crowd = opts.voting && new VotingCrowd(name, proc.url, invite, opts.voting);
    await crowd?.join(host, eventId);
    const until = Date.now() + opts.durationMs;
    const typing = Promise.all(takers.map((t) => t.typeUntil(eventId, opts.perMinute, until)));
    const voting = crowd?.run(host, eventId, opts.durationMs);
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
    await voting;
    await Promise.all(takers.map((t) => t.drain()));
    for (const t of takers) t.close();
    crowd?.close();
    host.close();
    await proc.stop();
    const problems = verifyDataFolder(proc.dataDir, [
      { kind: notesKind, ledgers: [...takers.map((t) => t.ledger), host.ledger] },
      { kind: votesKind, ledgers: crowd?.voters.map((v) => v.ledger) ?? [] },
    ]);
    for (const t of takers) for (const [id, why] of t.ledger.refused) problems.push(`note ${id} was refused: ${why}`);
    if (crowd) problems.push(...crowd.problems, ...crowd.refusals());
    const times = takers.flatMap((t) => t.ledger.ackTimes);
    const acked = takers.reduce((n, t) => n + t.ledger.counts.acked, 0);
    const p95 = percentile(times, 95);
    const target = opts.kills ? undefined : opts.p95TargetMs;
    const figures: SoakFigure[] = [
      { name: "notes acknowledged", value: acked, unit: "notes" },
      { name: "lost or doubled", value: problems.length, unit: "problems", target: "0", met: problems.length === 0 },
      { name: "ack p50", value: percentile(times, 50), unit: "ms" },
      target === undefined ? { name: "ack p95", value: p95, unit: "ms" } : { name: "ack p95", value: p95, unit: "ms", target: `< ${target} ms`, met: p95 < target },
      ...(crowd?.figures(target) ?? []),
      { name: "backups checked", value: backupCount(proc.dataDir), unit: "files" },
    ];
    if (opts.kills) {
      figures.push({ name: "SIGKILLs survived", value: kills.length, unit: "kills" });
      figures.push({ name: "restart p95", value: percentile(kills, 95), unit: "ms" });
    }
    return { name, figures, problems };
  });
}
