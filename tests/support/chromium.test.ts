import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { resolveChromium, withBaseArgs } from "./chromium";

describe("withBaseArgs", () => {
  it("puts the base flags first and keeps the first of each flag name", () => {
    const args = withBaseArgs(["--no-sandbox", "--lang=pl", "--lang=ar", "--single-process"]);
    expect(args.slice(0, 2)).toEqual(["--no-sandbox", "--disable-gpu"]);
    expect(args.filter((a) => a === "--no-sandbox")).toHaveLength(1);
    expect(args).toContain("--lang=pl");
    expect(args).not.toContain("--lang=ar");
    expect(args).toContain("--disable-quic");
  });
});

describe("resolveChromium", () => {
  it("prefers HEARTH_CHROMIUM over everything else", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hearth-chromium-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const fake = join(dir, "chrome");
    writeFileSync(fake, "#!/bin/sh\n");
    chmodSync(fake, 0o755);
    const found = await resolveChromium({ HEARTH_CHROMIUM: fake, CHROMIUM_PATH: "/nowhere" });
    expect(found.executablePath).toBe(fake);
    expect(found.source).toMatch(/^HEARTH_CHROMIUM/);
    expect(found.args).toContain("--no-sandbox");
  });

  it("refuses an override that is not an executable", async () => {
    await expect(resolveChromium({ CHROMIUM_PATH: "/nowhere/chrome" })).rejects.toThrow(/CHROMIUM_PATH/);
  });
});
