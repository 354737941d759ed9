// Starts room-process.ts in a process of its own on a temporary data folder, so a benchmark's
// simulated devices are measured apart from the room (its memory, and its CPU time).
// HEARTH_BENCH_PROF=DIR writes a V8 CPU profile of the room process into DIR, to see where its time goes.
import { fork } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface ForkedRoom {
  readonly port: number;
  /** The room process's resident memory, in bytes. */
  memory(): Promise<number>;
  /** CPU time the room process has used so far (user + system), in ms. */
  cpu(): Promise<number>;
  /** Stops the room and removes its data folder. */
  stop(): Promise<void>;
}

/** The room, killed if the benchmark runs past `deadlineMs`, so a run is always bounded in time. */
export async function forkRoom(name: string, deadlineMs: number): Promise<ForkedRoom> {
  const root = mkdtempSync(join(tmpdir(), `hearth-bench-${name}-`));
  const rendererDir = join(root, "renderer");
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>Hearth</title>");
  const child = fork(join(dirname(fileURLToPath(import.meta.url)), "room-process.ts"), [join(root, "data"), rendererDir], {
    execArgv: ["--import", "tsx", ...(process.env.HEARTH_BENCH_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.HEARTH_BENCH_PROF}`] : [])],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const deadline = setTimeout(() => child.kill("SIGKILL"), deadlineMs);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const cleanUp = () => {
    clearTimeout(deadline);
    rmSync(root, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once("message", (m) => resolve((m as { port: number }).port));
      child.once("exit", (code) => reject(new Error(`the room exited (${code})`)));
    });
    const ask = <T>(question: string, pick: (m: Record<string, number>) => T) =>
      new Promise<T>((resolve) => {
        child.once("message", (m) => resolve(pick(m as Record<string, number>)));
        child.send(question);
      });
    return {
      port,
      memory: () => ask("memory", (m) => m.rss!),
      cpu: () => ask("cpu", (m) => m.cpuMs!),
      async stop() {
        if (child.connected) child.send("stop");
        await exited;
        cleanUp();
      },
    };
  } catch (err) {
    child.kill("SIGKILL");
    cleanUp();
    throw err;
  }
}
