import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach } from "vitest";
import WebSocket from "ws";
import { startLanServer, type LanServer } from "../../../src/server/lan/server";
import { startRoom, type RunningRoom } from "../../../src/server/start-room";
import { useTempDir } from "./temp-dir";

/** A room with its LAN server on a free loopback port, serving a tiny stand-in renderer. */
export function useLan() {
  const tempDir = useTempDir();
  const running: { lan: LanServer; room: RunningRoom }[] = [];
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.terminate();
    for (const r of running.splice(0)) {
      await r.lan.close();
      r.room.close();
    }
  });
  async function start() {
    const root = tempDir();
    const rendererDir = join(root, "renderer");
    mkdirSync(join(rendererDir, "assets"), { recursive: true });
    writeFileSync(join(rendererDir, "index.html"), "<!doctype html><title>Hearth</title>");
    writeFileSync(join(rendererDir, "assets", "app.js"), "console.log('hearth')");
    writeFileSync(join(root, "secret.txt"), "not for the LAN");
    const room = startRoom(join(root, "data"));
    const lan = await startLanServer({ room: room.room, rendererDir, host: "127.0.0.1", port: 0 });
    running.push({ lan, room });
    return { lan, room, root };
  }
  /** Opens a WebSocket; resolves once open, or with the refusal. */
  function connect(lan: LanServer, headers: Record<string, string> = {}): Promise<WebSocket> {
    const ws = new WebSocket(`ws://127.0.0.1:${lan.port}/ws`, { headers });
    sockets.push(ws);
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(ws));
      ws.once("unexpected-response", (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
      ws.once("error", reject);
    });
  }
  return { start, connect };
}

/** Collects every JSON frame a socket receives, and waits for one matching a test. */
export function frames(ws: WebSocket) {
  const got: unknown[] = [];
  const waiters: { test: (f: unknown) => boolean; resolve: (f: unknown) => void }[] = [];
  ws.on("message", (data) => {
    const f: unknown = JSON.parse(data.toString());
    got.push(f);
    for (const w of [...waiters]) if (w.test(f)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(f);
    }
  });
  return {
    got,
    next(test: (f: unknown) => boolean, timeoutMs = 2000): Promise<unknown> {
      const found = got.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no matching frame")), timeoutMs);
        waiters.push({ test, resolve: (f) => (clearTimeout(timer), resolve(f)) });
      });
    },
  };
}

export const resultFor = (id: number | null) => (f: unknown) =>
  typeof f === "object" && f !== null && (f as { type?: unknown }).type === "result" && (f as { id?: unknown }).id === id;
