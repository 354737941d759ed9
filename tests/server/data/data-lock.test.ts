import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataLock, describeOwner, LOCK_FILE } from "../../../src/server/data/data-lock";
import { useTempDir } from "../support/temp-dir";

/** Runs `hearth serve` from source (tsx), returns its exit code and output, or kills it after `ms`. */
function serve(dataDir: string, ms = 20_000): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/cli-entry.ts", "serve", "--port", "0", "--data", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, HEARTH_DATA: undefined, HEARTH_PORT: undefined },
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

describe("the data-folder lock (F7)", () => {
  const tempDir = useTempDir();

  it("lets one copy hold a folder; a second learns who holds it", () => {
    const dir = tempDir();
    const first = acquireDataLock(dir, "serve");
    expect(first.held).toBe(true);
    if (!first.held) return;
    first.lock.setUrl("http://127.0.0.1:4180");
    const written = JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")) as Record<string, unknown>;
    expect(written).toMatchObject({ pid: process.pid, app: "serve", url: "http://127.0.0.1:4180" });
    // As another, living process would see it (a lock with our own pid is a leftover of an earlier run).
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...written, pid: 4242 }));
    const second = acquireDataLock(dir, "electron", (pid) => pid === 4242);
    expect(second).toMatchObject({ held: false, owner: { pid: 4242, app: "serve", url: "http://127.0.0.1:4180" } });
    if (!second.held) expect(describeOwner(second.owner, dir)).toBe(`Hearth is already running at http://127.0.0.1:4180 (data: ${dir}). Open that address in a browser.`);
    expect(acquireDataLock(dir, "electron", (pid) => pid === 4242).held).toBe(false);
    // Released by its owner, the folder is free.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(written));
    first.lock.release();
    expect(acquireDataLock(dir, "electron").held).toBe(true);
  });

  it("takes over a lock whose process is gone, or that cannot be read", () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999, app: "serve", url: "http://127.0.0.1:1", startedAt: "2026-01-01T00:00:00Z" }));
    expect(acquireDataLock(dir, "serve", (pid) => pid !== 999_999).held).toBe(true);
    writeFileSync(join(dir, LOCK_FILE), "{half a");
    const again = acquireDataLock(dir, "serve", () => false);
    expect(again.held).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid, app: "serve" });
  });

  it("makes a second `hearth serve` on the same folder say where the first runs, and exit 0", async () => {
    const dir = tempDir();
    const first = spawn(process.execPath, ["--import", "tsx", "src/server/cli-entry.ts", "serve", "--port", "0", "--data", dir], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, HEARTH_DATA: undefined, HEARTH_PORT: undefined },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        first.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          const m = /Hearth is running at (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        first.once("close", () => reject(new Error(`first copy exited: ${out}`)));
      });
      const second = await serve(dir);
      expect(second.code).toBe(0);
      expect(second.out).toContain(`Hearth is already running at ${url}`);
    } finally {
      first.kill("SIGTERM");
    }
  }, 40_000);
});
