import { describe, expect, it } from "vitest";
import { startBusyCore } from "../../../scripts/bench/support/busy-core";
import { cpuMsOf } from "../../../scripts/bench/support/proc-usage";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("the busy laptop's child process", () => {
  it("keeps a core busy until stopped, then is gone", { timeout: 30_000 }, async () => {
    const busy = await startBusyCore();
    try {
      expect(alive(busy.pid)).toBe(true);
      const before = cpuMsOf(busy.pid);
      await new Promise((r) => setTimeout(r, 2000));
      // Spinning, it uses CPU time (loosely: the machine may be shared).
      if (process.platform === "linux") expect(cpuMsOf(busy.pid) - before).toBeGreaterThan(50);
    } finally {
      await busy.stop();
    }
    expect(busy.running()).toBe(false);
    expect(alive(busy.pid)).toBe(false);
  });

  it("stops by itself after its time limit", { timeout: 30_000 }, async () => {
    const busy = await startBusyCore(500);
    const deadline = Date.now() + 20_000;
    while (busy.running() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(busy.running()).toBe(false);
    await busy.stop();
  });
});
