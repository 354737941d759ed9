import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeElectron, fakeWebContents, type FakeElectron } from "./fake-electron";

let fake: FakeElectron;
vi.mock("electron", () => {
  fake = fakeElectron();
  return fake.module;
});

const { serveRoomOverIpc, FRAME_CHANNEL, PUSH_CHANNEL } = await import("../../electron/main/ipc");
const { isTrustedUrl } = await import("../../electron/main/app-origin");
const { startRoom } = await import("../../src/server/start-room");

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function ipcRoom() {
  const dir = mkdtempSync(join(tmpdir(), "hearth-ipc-"));
  dirs.push(dir);
  const running = startRoom(dir, { backupIntervalMs: 0 });
  const stop = serveRoomOverIpc(running.room, (url) => isTrustedUrl(url, undefined));
  const handler = fake.ipcHandlers.get(FRAME_CHANNEL)!;
  const contents = fakeWebContents();
  const send = (raw: unknown, frame: { url: string; parent: unknown } | null = { url: "app://hearth/index.html", parent: null }) =>
    Promise.resolve(handler({ senderFrame: frame, sender: contents }, raw)) as Promise<{ id: number | null; result: { ok: boolean; value?: unknown; error?: { code: string } } }>;
  return { running, send, contents, stop };
}

describe("the IPC adapter", () => {
  it("checks the sender: only the top frame of one of our pages may talk to the room", async () => {
    const { send, stop, running } = ipcRoom();
    const call = { type: "call", id: 1, method: "events.list", input: {} };
    for (const frame of [null, { url: "https://evil.example/", parent: null }, { url: "file:///tmp/x.html", parent: null }, { url: "app://hearth/index.html", parent: {} }]) {
      expect((await send(call, frame)).result, JSON.stringify(frame)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect((await send(call)).result).toEqual({ ok: true, value: [] });
    stop();
    running.close();
  });

  it("parses every argument: wrong types, extra keys, __proto__, huge arrays, unknown methods are refused and change nothing (B5)", async () => {
    const { send, stop, running } = ipcRoom();
    const bad: [unknown, string][] = [
      ["a string", "bad_request"],
      [42, "bad_request"],
      [null, "bad_request"],
      [undefined, "bad_request"],
      [{ type: "call", id: 1, method: "events.list", input: {}, extra: true }, "bad_request"],
      [JSON.parse('{"type":"call","id":1,"method":"events.list","input":{},"__proto__":{"polluted":true}}'), "bad_request"],
      [{ type: "call", id: 1, method: "events.create", commandId: "cmd_proto_0001", input: JSON.parse('{"id":"evt_proto_001","title":"x","date":"2026-11-14","__proto__":{"polluted":true}}') }, "invalid_input"],
      [{ type: "call", id: 1, method: "notes.add", commandId: "cmd_array_0001", input: { id: "note_0000001", eventId: "evt_0000001", text: Array(100_000).fill("x") } }, "too_large"],
      [{ type: "call", id: 1, method: "notes.add", commandId: "cmd_array_0002", input: { id: "note_0000001", eventId: "evt_0000001", text: ["a", "b"] } }, "invalid_input"],
      [{ type: "call", id: 1, method: "rooms.dropAll", input: {} }, "bad_request"],
      [{ type: "call", id: 1, method: "constructor", input: {} }, "bad_request"],
      [{ type: "call", id: "1", method: "events.list", input: {} }, "bad_request"],
      [{ type: "call", id: 1, method: "events.list", input: { __proto__: { admin: true }, extra: 1 } }, "bad_request"], // not a plain object
      [{ type: "call", id: 1, method: "events.list", input: { extra: 1 } }, "invalid_input"],
      [{ type: "subscribe", id: 1, eventId: "../../etc", sinceSeq: -1 }, "bad_request"],
      [{ type: "call", id: 1, method: "events.list", input: new Date() }, "bad_request"],
      [{ type: "call", id: 1, method: "events.list", input: { toString: () => "x" } }, "bad_request"],
    ];
    for (const [raw, code] of bad) {
      const answer = await send(raw);
      expect(answer.result, JSON.stringify(raw)?.slice(0, 120)).toMatchObject({ ok: false, error: { code } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect((running.db.prepare("SELECT COUNT(*) AS n FROM change").get() as { n: number }).n).toBe(0);
    // And the room keeps serving, tasks included.
    expect((await send({ type: "call", id: 9, method: "data.status", input: {} })).result).toMatchObject({ ok: true, value: { backups: [] } });
    stop();
    running.close();
  });

  it("pushes changes only on its own channel, and stops when asked", async () => {
    const { send, stop, contents, running } = ipcRoom();
    await send({ type: "call", id: 1, method: "events.create", commandId: "cmd_ipc_create", input: { id: "evt_ipc_00001", title: "IPC", date: "2026-11-14" } });
    await send({ type: "subscribe", id: 2, eventId: "evt_ipc_00001", sinceSeq: 0 });
    expect(contents.send).toHaveBeenCalledWith(PUSH_CHANNEL, expect.objectContaining({ type: "change" }));
    stop();
    expect(fake.ipcHandlers.has(FRAME_CHANNEL)).toBe(false);
    running.close();
  });
});

describe("the preload", () => {
  it("exposes one object, window.hearth = { send, onPush }, and never ipcRenderer", async () => {
    await import("../../electron/preload/index");
    const expose = fake.module.contextBridge.exposeInMainWorld;
    expect(expose).toHaveBeenCalledTimes(1);
    const [name, api] = expose.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(name).toBe("hearth");
    expect(Object.keys(api).sort()).toEqual(["onPush", "send"]);
    expect(Object.values(api).every((v) => typeof v === "function")).toBe(true);
    expect(Object.values(api)).not.toContain(fake.module.ipcRenderer);

    const bridge = api as { send(f: unknown): Promise<unknown>; onPush(l: unknown): () => void };
    await bridge.send({ type: "call", id: 1, method: "events.list", input: {} });
    expect(fake.module.ipcRenderer.invoke).toHaveBeenCalledWith("hearth:frame", { type: "call", id: 1, method: "events.list", input: {} });
    expect(() => bridge.onPush("not a function")).toThrow(TypeError);
    // A listener gets the frame only: never the IPC event (and its sender) behind it.
    const listener = vi.fn();
    const off = bridge.onPush(listener);
    fake.module.ipcRenderer.emit("hearth:push", { sender: "the main process" }, { type: "change" });
    expect(listener).toHaveBeenCalledWith({ type: "change" });
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    fake.module.ipcRenderer.emit("hearth:push", {}, { type: "change" });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
