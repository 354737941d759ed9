import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HearthClient } from "../../src/api";
import { websocketTransport } from "../../src/api/transports/websocket";

const CLI = fileURLToPath(new URL("../../out/main/cli.js", import.meta.url));

export interface BenchServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** A client of the room over WebSocket, as any screen has. */
  client(): HearthClient;
  stop(): Promise<void>;
}

/** Starts the built `hearth serve` on a free loopback port with a throwaway data folder. */
export async function startServe(): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "hearth-bench-"));
  const child = spawn(process.execPath, [CLI, "serve", "--port", "0", "--data", dataDir], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("hearth serve did not start (is it built? npm run build)")), 15_000);
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
      const m = /Hearth is running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", () => reject(new Error(`hearth serve exited:\n${out}`)));
  });
  const clients: HearthClient[] = [];
  return {
    url,
    child,
    client: () => {
      const c = new HearthClient(websocketTransport(`${url.replace(/^http/, "ws")}/ws`));
      clients.push(c);
      return c;
    },
    stop: async () => {
      for (const c of clients) c.close();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      } else console.error(`hearth serve had already stopped (${child.exitCode ?? child.signalCode}) before the benchmark ended`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Unwraps a result, or stops the benchmark with the room's message. */
export function must<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
