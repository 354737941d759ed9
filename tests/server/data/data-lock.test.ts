import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { acquireDataLock, DataFolderError, describeOwner, LOCK_FILE } from "../../../src/server/data/data-lock";
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
    const second = acquireDataLock(dir, "electron");
    expect(second).toMatchObject({ held: false, owner: { pid: process.pid, app: "serve", url: "http://127.0.0.1:4180" } });
    if (!second.held) expect(describeOwner(second.owner, dir)).toBe(`Hearth is already running at http://127.0.0.1:4180 (data: ${dir}). Open that address in a browser.`);
    // Released by its owner, the folder is free.
    first.lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const third = acquireDataLock(dir, "electron");
    expect(third.held).toBe(true);
    if (third.held) third.lock.release();
  });

  it("takes over a lock naming a process id now used by an unrelated live process, or that cannot be read", () => {
    const dir = tempDir();
    // Process 1 is always alive, and is not Hearth.
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, app: "serve", url: "http://127.0.0.1:1", startedAt: "2026-01-01T00:00:00Z" }));
    const taken = acquireDataLock(dir, "serve");
    expect(taken.held).toBe(true);
    if (taken.held) taken.lock.release();
    writeFileSync(join(dir, LOCK_FILE), "{half a");
    const again = acquireDataLock(dir, "serve");
    expect(again.held).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"))).toMatchObject({ pid: process.pid, app: "serve" });
    if (again.held) again.lock.release();
  });

  it("refuses in words a data folder that is a file, and changes nothing", () => {
    const file = join(tempDir(), "not-a-folder");
    writeFileSync(file, "mine");
    expect(() => acquireDataLock(file, "serve")).toThrow(new DataFolderError(`Hearth's data folder ${file} is a file, not a folder. Nothing was changed. Move that file aside, or start Hearth with --data (or HEARTH_DATA) set to a folder it can write to.`));
    expect(readFileSync(file, "utf8")).toBe("mine");
  });

  it("is not freed by deleting hearth.lock under a running copy, which writes it again", async () => {
    const dir = tempDir();
    const first = acquireDataLock(dir, "serve");
    if (!first.held) throw new Error("the first copy should hold the folder");
    first.lock.setUrl("http://127.0.0.1:4180");
    rmSync(join(dir, LOCK_FILE));
    expect(acquireDataLock(dir, "electron")).toEqual({ held: false, owner: null });
    expect(describeOwner(null, dir)).toBe(`Hearth is already starting on this data folder (data: ${dir}). Try again in a moment.`);
    await vi.waitFor(() => expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8"))).toMatchObject({ url: "http://127.0.0.1:4180" }), { timeout: 10_000 });
    first.lock.release();
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
