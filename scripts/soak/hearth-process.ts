import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built `hearth serve` (npm run build writes it). */
export const CLI = fileURLToPath(new URL("../../out/main/cli.js", import.meta.url));
const READY = /Hearth is running at (http:\/\/\S+)/;

/**
 * A real `hearth serve` on a data folder, for soak and fault runs: started, killed with
 * SIGKILL at any moment, and started again on the same port so clients reconnect to it.
 */
export class HearthProcess {
  private child: ChildProcess | undefined;
  private port = 0;
  url = "";
  log = "";

  constructor(
    readonly dataDir: string,
    private readonly env: Record<string, string> = {},
  ) {}

  async start(timeoutMs = 20_000): Promise<void> {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
    const child = spawn(process.execPath, [CLI, "serve", "--port", String(this.port), "--data", this.dataDir], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, HEARTH_DATA: undefined, HEARTH_PORT: undefined, ...this.env },
    });
    this.child = child;
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => ((out += d), (this.log += d)));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (this.log += d));
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL"); // never leave a half-started server behind
        reject(new Error(`hearth serve printed no address within ${timeoutMs} ms\n${this.log}`));
      }, timeoutMs);
      child.stdout?.on("data", () => {
        const m = READY.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`hearth serve exited before it was ready (code ${code}, signal ${signal})\n${this.log}`));
      });
    });
    this.port = Number(new URL(this.url).port);
  }

  /** The fault: no shutdown, no flush, no goodbye. Resolves once the process is gone. */
  async kill(): Promise<void> {
    await this.signal("SIGKILL");
  }

  /** A clean stop (SIGTERM), for the end of a run. */
  async stop(): Promise<void> {
    await this.signal("SIGTERM");
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    child.kill(signal);
    await exited;
  }
}
