import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DB_FILE } from "../../../src/server/db/open";
import { useTempDir } from "../support/temp-dir";

/** Runs `hearth serve` from source (tsx) until it exits, or until `until` appears in its output (then kills it). */
function serve(dataDir: string, until?: RegExp): Promise<{ code: number | null; out: string; kill: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/cli-entry.ts", "serve", "--port", "0", "--data", dataDir], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, HEARTH_DATA: undefined, HEARTH_PORT: undefined },
  });
  let out = "";
  const kill = () => child.kill("SIGKILL");
  return new Promise((resolve) => {
    const timer = setTimeout(kill, 60_000);
    const seen = (d: Buffer) => {
      out += d.toString();
      if (until?.test(out)) resolve({ code: null, out, kill });
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out, kill });
    });
  });
}

const STACK_LINE = /^\s+at /mu;

describe("starting on a data folder Hearth cannot use", () => {
  const tempDir = useTempDir();
  let mountPoint: string | undefined;
  afterEach(() => {
    if (!mountPoint) return;
    execFileSync("umount", [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
    mountPoint = undefined;
  });

  it("a read-only folder: a plain message, exit 1, nothing written", async () => {
    mountPoint = mkdtempSync(join(tmpdir(), "hearth-ro-"));
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint]);
    mkdirSync(join(mountPoint, "data"));
    execFileSync("mount", ["-o", "remount,ro", mountPoint]);
    const { code, out } = await serve(join(mountPoint, "data"));
    expect(code).toBe(1);
    expect(out).toContain(`Hearth cannot write to its data folder ${join(mountPoint, "data")}: it is on a read-only disk. Nothing was changed.`);
    expect(out).toContain("--data");
    expect(out).not.toMatch(STACK_LINE);
  }, 90_000);

  it("hearth.db that is a folder: a plain message, exit 1, the folder left as it is, and the lock let go", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, DB_FILE, "inside"), { recursive: true });
    const { code, out } = await serve(dir);
    expect(code).toBe(1);
    expect(out).toContain(`Hearth's data file ${join(dir, DB_FILE)} is a folder, not a file`);
    expect(out).not.toMatch(/EISDIR/u);
    expect(out).not.toMatch(STACK_LINE);
    const again = await serve(dir);
    expect(again.out).not.toContain("already");
  }, 120_000);

  it("a copy killed outright leaves the folder free for the next start", async () => {
    const dir = tempDir();
    const first = await serve(dir, /Hearth is running at/u);
    expect(first.out).toMatch(/Hearth is running at/u);
    first.kill();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await serve(dir, /Hearth is running at|already/u);
    second.kill();
    expect(second.out).toMatch(/Hearth is running at/u);
  }, 120_000);
});
