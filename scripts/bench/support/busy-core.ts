// The "busy laptop" of `npm run bench -- NAME --busy`: a child process keeping one core busy,
// as a facilitator's laptop often is (a video call, a browser full of tabs). It stops when the
// run ends, and by itself after `maxMs` should the run die without stopping it.
import { spawn } from "node:child_process";

export interface BusyCore {
  readonly pid: number;
  /** Whether the child is still running. */
  running(): boolean;
  /** Stops the child; resolves once it has exited. */
  stop(): Promise<void>;
}

const SPIN = `
  const end = Date.now() + Number(process.argv[1]);
  process.stdout.write("busy\\n");
  let x = 0;
  while (Date.now() < end) for (let i = 0; i < 1e5; i++) x += i;
`;

export async function startBusyCore(maxMs = 30 * 60_000): Promise<BusyCore> {
  const child = spawn(process.execPath, ["-e", SPIN, String(maxMs)], { stdio: ["ignore", "pipe", "inherit"] });
  let exited = child.exitCode !== null;
  const gone = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the busy child exited at once (${code})`)));
  });
  return {
    pid: child.pid!,
    running: () => !exited,
    async stop() {
      process.off("exit", killOnExit);
      if (!exited) child.kill("SIGTERM");
      await gone;
    },
  };
}
