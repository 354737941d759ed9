import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";

// electron-builder cannot run here (it downloads Electron and packaging tools), so the
// configuration is checked field by field against a schema of what Hearth relies on.
const Target = z.strictObject({ target: z.string(), arch: z.array(z.enum(["x64", "arm64", "ia32", "universal"])).min(1) });
const BuilderConfig = z.strictObject({
  appId: z.string().regex(/^[a-z0-9]+(\.[a-z0-9-]+)+$/),
  productName: z.literal("Hearth"),
  copyright: z.string(),
  directories: z.strictObject({ output: z.string(), buildResources: z.string() }),
  files: z.array(z.string()),
  asar: z.literal(true),
  asarUnpack: z.array(z.string()),
  npmRebuild: z.boolean(),
  electronFuses: z.strictObject({
    runAsNode: z.literal(false),
    enableCookieEncryption: z.literal(true),
    enableNodeOptionsEnvironmentVariable: z.literal(false),
    enableNodeCliInspectArguments: z.literal(false),
    enableEmbeddedAsarIntegrityValidation: z.literal(true),
    onlyLoadAppFromAsar: z.literal(true),
    loadBrowserProcessSpecificV8Snapshot: z.boolean(),
    grantFileProtocolExtraPrivileges: z.literal(false),
  }),
  win: z.strictObject({ target: z.array(Target) }),
  nsis: z.record(z.string(), z.boolean()),
  mac: z.strictObject({ target: z.array(Target), category: z.string(), hardenedRuntime: z.literal(true) }),
  linux: z.strictObject({ target: z.array(Target), category: z.string(), maintainer: z.string(), synopsis: z.string() }),
});

const config = BuilderConfig.parse(JSON.parse(readFileSync("electron-builder.json", "utf8")));
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { main: string; dependencies: Record<string, string> };

describe("the packaging configuration (electron-builder.json)", () => {
  it("builds Windows (NSIS), macOS (dmg) and Linux (AppImage and deb) installers", () => {
    expect(config.win.target.map((t) => t.target)).toEqual(["nsis"]);
    expect(config.mac.target.map((t) => t.target)).toEqual(["dmg"]);
    expect(config.linux.target.map((t) => t.target).sort()).toEqual(["AppImage", "deb"]);
  });

  it("sets the fuses: no running as Node, no NODE_OPTIONS or inspector flags, the app only from a checked asar", () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it("packs only the build output and production dependencies, with the native SQLite module unpacked", () => {
    expect(config.files.filter((f) => !f.startsWith("!"))).toEqual(["out/**/*", "package.json"]);
    expect(config.asarUnpack).toContain("node_modules/better-sqlite3/**/*.node");
    expect(pkg.dependencies).toHaveProperty("better-sqlite3");
    expect(pkg.main).toMatch(/^out\/main\//); // the entry is inside what is packed
  });
});
