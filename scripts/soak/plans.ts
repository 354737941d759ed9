import { runJoins } from "./joins";
import { runLoad, type SoakReport } from "./scenarios";

export interface SoakPlan {
  readonly name: string;
  readonly run: () => Promise<SoakReport>;
}

const min = 60_000;

/**
 * The load and fault runs at full size (`npm run soak`): about 15 minutes. L1 and L2 are
 * note-takers and voters at two loads, each with its acknowledgement p95 target; L3 is 200
 * devices joining within 10 s; F1 kills the room (SIGKILL) 20 times under load. Backups run far
 * more often than Hearth's 10 minutes (a backup's check and fsync briefly hold the room), and
 * F1 backs up every second so that kills also land in the middle of backups (an interrupted
 * backup must leave the old one intact). Voters are
 * phones joined with the participants' token; each round is a burst in which every voter
 * places its 5 dots (at most 2 on an item), a quarter of them moving one dot afterwards.
 */
export const fullPlan: readonly SoakPlan[] = [
  {
    name: "L1",
    run: () => runLoad("L1", { noteTakers: 8, perMinute: 20, durationMs: 10 * min, p95TargetMs: 100, backupIntervalMs: min, voting: { voters: 60, bursts: 4, windowMs: 20_000 } }),
  },
  {
    name: "L2",
    run: () => runLoad("L2", { noteTakers: 25, perMinute: 60, durationMs: 1 * min, p95TargetMs: 300, backupIntervalMs: 20_000, voting: { voters: 200, bursts: 1, windowMs: 50_000 } }),
  },
  { name: "L3", run: () => runJoins("L3", { devices: 200, codeDevices: 5, windowMs: 10_000 }) },
  {
    name: "F1",
    run: () => runLoad("F1", { noteTakers: 8, perMinute: 60, durationMs: 3 * min, kills: 20, backupIntervalMs: 1_000, voting: { voters: 60, bursts: 3, windowMs: 40_000 } }),
  },
];

/** Scaled down to about a minute (the test suite, `npm run soak -- --quick`), with 3 SIGKILLs while notes and dots arrive. */
export const quickPlan: readonly SoakPlan[] = [
  { name: "L1", run: () => runLoad("L1", { noteTakers: 8, perMinute: 20, durationMs: 12_000, p95TargetMs: 100, backupIntervalMs: 5_000, voting: { voters: 60, bursts: 1, windowMs: 6_000 } }) },
  { name: "L2", run: () => runLoad("L2", { noteTakers: 25, perMinute: 60, durationMs: 10_000, p95TargetMs: 300, backupIntervalMs: 5_000, voting: { voters: 200, bursts: 1, windowMs: 8_000 } }) },
  { name: "L3", run: () => runJoins("L3", { devices: 50, codeDevices: 3, windowMs: 3_000 }) },
  { name: "F1", run: () => runLoad("F1", { noteTakers: 8, perMinute: 60, durationMs: 15_000, kills: 3, backupIntervalMs: 500, voting: { voters: 40, bursts: 1, windowMs: 12_000 } }) },
];
