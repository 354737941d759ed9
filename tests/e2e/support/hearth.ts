import { test as base } from "@playwright/test";
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** A running `hearth serve` with its own data folder, for one test. */
export type Hearth = {
  /** Where the app is served, e.g. http://127.0.0.1:40123 (changes only if restart() had to move port). */
  readonly url: string;
  readonly dataDir: string;
  /** Stops the server (SIGTERM, waits for it to exit) and starts it again, as start() does. */
  restart(): Promise<void>;
  /** Starts a stopped server again on its last port, so open tabs can reconnect (a new port if that one is taken). */
  start(): Promise<void>;
  /** Stops the server (SIGTERM) and waits for it to exit; the data folder stays until the test ends. */
  stop(): Promise<void>;
  /** From the next start, the server's clock reads `days` ahead (support/shift-clock.mjs); 0 puts it right. */
  moveClock(days: number): void;
};

// The built CLI: `npm run build` (electron-vite) writes it; the server then serves out/renderer.
const CLI = fileURLToPath(new URL("../../../out/main/cli.js", import.meta.url));
const SHIFT_CLOCK = fileURLToPath(new URL("./shift-clock.mjs", import.meta.url));
const READY = /^Hearth is running at (http:\/\/\S+) {2}\(data: (.+)\)$/m;
const START_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

type Running = { child: ChildProcess; url: string; port: number; log: () => string };

/** Spawns the CLI and resolves once it prints its address; rejects with its output if it cannot start. */
function start(dataDir: string, port: number, clockDays = 0): Promise<Running> {
  const shifted = clockDays === 0 ? [] : ["--import", SHIFT_CLOCK];
  const child = spawn(process.execPath, [...shifted, CLI, "serve", "--port", String(port), "--data", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, HEARTH_PORT: undefined, HEARTH_DATA: undefined, HEARTH_TEST_CLOCK_DAYS: String(clockDays) },
  });
  let stdout = "";
  let stderr = "";
  // Both pipes are read for the server's whole life: a full pipe would block it.
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const log = () => `--- stdout ---\n${stdout}--- stderr ---\n${stderr}`;
  return new Promise((resolveStart, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`hearth serve --port ${port} ${why}\n${log()}`));
    };
    const timer = setTimeout(() => fail(`printed no address within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.once("error", (err) => fail(`could not be spawned: ${err.message}`));
    // "close", not "exit": by then all of its output has been read, for the error message.
    child.once("close", (code, signal) => fail(`exited before it was ready (code ${code}, signal ${signal})`));
    child.stdout?.on("data", () => {
      const m = READY.exec(stdout);
      if (settled || !m?.[1]) return;
      settled = true;
      clearTimeout(timer);
      resolveStart({ child, url: m[1], port: Number(new URL(m[1]).port), log });
    });
  });
}

/** SIGTERM and wait for the exit; SIGKILL if the server does not stop in time. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

export class HearthServer implements Hearth {
  private running: Running | undefined;
  private lastUrl = "";
  private clockDays = 0;
  /** Output of earlier runs of this server, for the failure report. */
  private readonly logs: string[] = [];

  constructor(readonly dataDir: string) {}

  get url(): string {
    return this.lastUrl;
  }

  /** The server's output so far, for failure reports. */
  log(): string {
    return this.logs.join("") + (this.running?.log() ?? "");
  }

  private async boot(port: number): Promise<void> {
    if (this.running) this.logs.push(this.running.log());
    this.running = undefined;
    const running = await start(this.dataDir, port, this.clockDays);
    this.running = running;
    this.lastUrl = running.url;
  }

  private isRunning(): boolean {
    const child = this.running?.child;
    return child !== undefined && child.exitCode === null && child.signalCode === null;
  }

  async start(): Promise<void> {
    if (this.isRunning()) return;
    const port = this.running?.port ?? 0;
    try {
      await this.boot(port);
    } catch (sameErr) {
      // Only a taken port is worth a second try: another process took it while the server was down.
      if (port === 0 || !/in use|EADDRINUSE/.test(message(sameErr))) throw sameErr;
      await this.boot(0).catch((newErr: unknown) => {
        throw new Error(`hearth could not start again on port ${port}: ${message(sameErr)}\nnor on a new port: ${message(newErr)}`);
      });
    }
  }

  moveClock(days: number): void {
    this.clockDays = days;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    if (this.running) await terminate(this.running.child);
  }
}

export const test = base.extend<{ hearth: Hearth }>({
  hearth: async ({}, use, testInfo) => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before the e2e tests.`);
    const dataDir = await mkdtemp(join(tmpdir(), "hearth-e2e-"));
    const server = new HearthServer(dataDir);
    try {
      await server.start();
      await use(server);
    } finally {
      await server.stop();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach("hearth-serve.log", { body: server.log(), contentType: "text/plain" });
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from "@playwright/test";
