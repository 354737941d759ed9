import { _electron as electron, expect, test, type ElectronApplication, type Page } from "@playwright/test";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { electronRuntime, projectRoot } from "../../scripts/electron-runtime.mjs";

// The real Electron app (out/main/index.js, built by `npm run build`), driven by Playwright.
// Where the Electron runtime is not installed (it cannot be downloaded on every machine),
// these tests skip with that reason; nothing here needs a browser.

const runtime = electronRuntime();
const mainEntry = join(projectRoot, "out", "main", "index.js");

test.skip(
  !runtime.installed,
  `Electron runtime not installed at ${runtime.path}; it cannot be downloaded on this machine (run \`npx install-electron\` where the internet is reachable, or set ELECTRON_EXEC_PATH).`,
);
test.describe.configure({ mode: "serial" });

const dataDirs: string[] = [];
test.afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "hearth-electron-"));
  dataDirs.push(dir);
  return dir;
}

function childEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  delete env.HEARTH_DATA;
  return env;
}

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  expect(existsSync(mainEntry), `${mainEntry} is missing: run \`npm run build\` first`).toBe(true);
  const app = await electron.launch({ executablePath: runtime.path, args: [mainEntry, "--data", dataDir], env: childEnv() });
  const page = await app.firstWindow();
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  return { app, page };
}

/** Sends one raw frame through the preload bridge, as the renderer's IPC transport does. */
function sendRaw(page: Page, frame: unknown): Promise<unknown> {
  return page.evaluate((f) => {
    const bridge = (window as unknown as { hearth: { send(frame: unknown): Promise<unknown> } }).hearth;
    return bridge.send(f);
  }, frame);
}

test("the window loads Hearth sandboxed, with one narrow bridge and nothing else", async () => {
  const { app, page } = await launch(tempDataDir());
  try {
    expect(page.url()).toMatch(/^app:\/\/hearth\//);

    const globals = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const hearth = g.hearth;
      return {
        bridgeKeys: typeof hearth === "object" && hearth !== null ? Object.keys(hearth).sort() : null,
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
        ipcRenderer: typeof g.ipcRenderer,
      };
    });
    expect(globals).toEqual({ bridgeKeys: ["onPush", "send"], require: "undefined", process: "undefined", module: "undefined", ipcRenderer: "undefined" });

    // New windows are refused, and navigation away from the app is stopped.
    expect(await page.evaluate(() => window.open("https://example.com/") === null)).toBe(true);
    await page.evaluate(() => {
      location.href = "https://example.com/";
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/hearth\//);
    expect(app.windows()).toHaveLength(1);

    // The renderer's files come with the strict CSP; nothing outside the renderer folder is served.
    const served = await page.evaluate(async () => {
      const index = await fetch("app://hearth/index.html");
      const escape = await fetch("app://hearth/..%2f..%2fpackage.json");
      return { status: index.status, csp: index.headers.get("content-security-policy"), escape: escape.status };
    });
    expect(served.status).toBe(200);
    expect(served.csp).toContain("default-src 'self'");
    expect(served.escape).toBe(404);

    // Every frame is checked in the main process: malformed and oversize ones are refused clearly.
    const polluting = await page.evaluate(() => {
      const bridge = (window as unknown as { hearth: { send(frame: unknown): Promise<unknown> } }).hearth;
      return bridge.send(JSON.parse('{"type":"call","id":1,"method":"events.list","input":{},"__proto__":{"polluted":true}}'));
    });
    expect(polluting).toMatchObject({ type: "result", result: { ok: false, error: { code: "bad_request" } } });
    expect(await sendRaw(page, { type: "call", id: 1, method: "events.list", input: {}, extra: true })).toMatchObject({
      result: { ok: false, error: { code: "bad_request" } },
    });
    expect(await sendRaw(page, { type: "call", id: 2, method: "events.list", input: "x".repeat(20_000) })).toMatchObject({
      result: { ok: false, error: { code: "too_large" } },
    });
    expect(await sendRaw(page, { type: "call", id: 3, method: "events.list", input: {} })).toMatchObject({ id: 3, result: { ok: true, value: [] } });
  } finally {
    await app.close();
  }
});

test("a note created in the window survives a relaunch, and a second copy hands over to the first", async () => {
  const dataDir = tempDataDir();
  const first = await launch(dataDir);
  try {
    const { page } = first;
    await page.getByLabel("Title").fill("Elm Road listening event");
    await page.getByRole("button", { name: "Create event" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Elm Road listening event" })).toBeVisible();
    await page.getByLabel("New note").fill("No shelter at the Elm Road bus stop");
    await page.getByLabel("New note").press("Enter");
    await expect(page.getByRole("list", { name: "Notes" }).getByRole("listitem")).toHaveText(["No shelter at the Elm Road bus stop"]);

    // A second copy on the same data folder exits at once; the first keeps its window.
    const second = spawn(runtime.path, [mainEntry, "--data", dataDir], { env: childEnv(), stdio: "ignore" });
    const code = await new Promise<number | null | "still running">((resolve) => {
      const timer = setTimeout(() => {
        second.kill();
        resolve("still running");
      }, 15_000);
      second.once("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(0);
    expect(first.app.windows()).toHaveLength(1);
  } finally {
    await first.app.close();
  }

  const again = await launch(dataDir);
  try {
    const { page } = again;
    await page.getByRole("link", { name: "Elm Road listening event" }).click();
    await expect(page.getByRole("list", { name: "Notes" }).getByRole("listitem")).toHaveText(["No shelter at the Elm Road bus stop"]);
  } finally {
    await again.app.close();
  }
});

test("the app hands over to a `hearth serve` that holds the same data folder, and exits 0", async () => {
  const dataDir = tempDataDir();
  const serve = spawn(process.execPath, [join(projectRoot, "out", "main", "cli.js"), "serve", "--port", "0", "--data", dataDir], { env: childEnv(), stdio: ["ignore", "pipe", "ignore"] });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = "";
      serve.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("Hearth is running at")) resolve();
      });
      serve.once("exit", () => reject(new Error(`hearth serve exited: ${out}`)));
    });
    const app = spawn(runtime.path, [mainEntry, "--data", dataDir], { env: childEnv(), stdio: "ignore" });
    const code = await new Promise<number | null | "still running">((resolve) => {
      const timer = setTimeout(() => {
        app.kill();
        resolve("still running");
      }, 15_000);
      app.once("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).toBe(0);
  } finally {
    serve.kill("SIGTERM");
  }
});
