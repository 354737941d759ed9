import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { fakeElectron, type FakeElectron } from "./fake-electron";

let fake: FakeElectron;
vi.mock("electron", () => {
  fake = fakeElectron();
  return fake.module;
});

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "hearth-electron-unit-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("the app:// protocol and its CSP", () => {
  it("registers app:// as a standard, secure scheme, without CORS or a CSP bypass", async () => {
    const { registerAppScheme } = await import("../../electron/main/app-protocol");
    registerAppScheme();
    const [schemes] = fake.module.protocol.registerSchemesAsPrivileged.mock.calls.at(-1) as unknown as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toEqual([{ scheme: "app", privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(schemes[0]!.privileges).not.toHaveProperty("bypassCSP", true);
    expect(schemes[0]!.privileges).not.toHaveProperty("corsEnabled", true);
  });

  it("serves only the renderer's files, each with a strict CSP", async () => {
    const { serveRenderer } = await import("../../electron/main/app-protocol");
    const root = tempDir();
    mkdirSync(join(root, "renderer"));
    writeFileSync(join(root, "renderer", "index.html"), "<!doctype html><title>Hearth</title>");
    writeFileSync(join(root, "secret.json"), "{}");
    serveRenderer(join(root, "renderer"));
    const handler = fake.module.protocol.handle.mock.calls.at(-1)![1] as unknown as (r: Request) => Promise<Response>;
    const get = (url: string, method = "GET") => handler(new Request(url, { method }));

    const index = await get("app://hearth/index.html");
    expect(index.status).toBe(200);
    const csp = index.headers.get("content-security-policy") ?? "";
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect((await get("app://hearth/..%2fsecret.json")).status).toBe(404);
    expect((await get("app://hearth/%2e%2e/secret.json")).status).toBe(404);
    expect((await get("app://other/index.html")).status).toBe(404);
    expect((await get("app://hearth/index.html", "POST")).status).toBe(405);
  });
});

describe("claiming the data folder", () => {
  it("says who holds it when there is no address to open", async () => {
    const { claimDataFolder } = await import("../../electron/main/data-folder");
    const tell = vi.fn();
    const openInBrowser = vi.fn();
    const owner = { pid: 4242, app: "electron" as const, url: null, startedAt: "2026-11-22T07:00:00Z" };
    expect(claimDataFolder("/data", { tell, openInBrowser, acquire: () => ({ held: false, owner }) })).toBeUndefined();
    expect(tell).toHaveBeenCalledWith("Hearth is already open in the Hearth app on this computer (data: /data).");
    expect(openInBrowser).not.toHaveBeenCalled();
    const bad = { ...owner, app: "serve" as const, url: "javascript:alert(1)" };
    claimDataFolder("/data", { tell, openInBrowser, acquire: () => ({ held: false, owner: bad }) });
    expect(openInBrowser).not.toHaveBeenCalled(); // only an http: address is ever opened
  });

  it("says in a message box why a folder cannot be used, and does not start", async () => {
    const { claimDataFolder } = await import("../../electron/main/data-folder");
    const { DataFolderError } = await import("../../src/server/data/data-lock");
    const tell = vi.fn();
    const message = "Hearth cannot write to its data folder /data: it is on a read-only disk. Nothing was changed.";
    const acquire = () => {
      throw new DataFolderError(message);
    };
    expect(claimDataFolder("/data", { tell, openInBrowser: vi.fn(), acquire })).toBeUndefined();
    expect(tell).toHaveBeenCalledWith(message);
  });
});

describe("starting the desktop app", () => {
  beforeEach(() => {
    vi.resetModules();
  });

  async function startApp(dataDir: string) {
    vi.stubEnv("HEARTH_DATA", dataDir);
    await import("../../electron/main/index");
    await vi.waitFor(() => expect(fake.app.whenReady).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
  }

  it("turns the sandbox on for every renderer and hardens web contents before anything is created", async () => {
    const dataDir = tempDir();
    await startApp(dataDir);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(fake.app.listenerCount("web-contents-created")).toBeGreaterThan(0);
    expect(fake.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.ipcHandlers.has("hearth:frame")).toBe(true);
    expect(fake.windows.at(-1)!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // It owns the data folder now: the lock names the desktop app.
    expect(existsSync(join(dataDir, "hearth.lock"))).toBe(true);
    fake.app.emit("will-quit");
    expect(existsSync(join(dataDir, "hearth.lock"))).toBe(false);
  });

  it("hands over to a `hearth serve` that holds the data folder: opens its address, exits 0, and opens no database", async () => {
    const dataDir = tempDir();
    const { acquireDataLock } = await import("../../src/server/data/data-lock");
    const serving = acquireDataLock(dataDir, "serve");
    if (!serving.held) throw new Error("the stand-in for `hearth serve` should hold the folder");
    serving.lock.setUrl("http://127.0.0.1:4180");
    onTestFinished(() => serving.lock.release());
    fake.windows.length = 0;
    await startApp(dataDir);
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith("http://127.0.0.1:4180/");
    expect(fake.module.dialog.showMessageBoxSync).not.toHaveBeenCalled(); // a modal box would hold the exit
    expect(fake.app.exit).toHaveBeenCalledWith(0);
    expect(existsSync(join(dataDir, "hearth.db"))).toBe(false);
    expect(fake.windows).toHaveLength(0);
  });
});
