import { describe, expect, it } from "vitest";
import { frames, resultFor, useLan } from "../support/lan-fixture";

describe("LAN server", () => {
  const lan = useLan();

  it("answers /healthz with its version", async () => {
    const { lan: server } = await lan.start();
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: expect.any(String) });
  });

  it("serves the renderer with a strict CSP, and nothing outside it", async () => {
    const { lan: server } = await lan.start();
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(index.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect((await fetch(`${server.url}/assets/app.js`)).status).toBe(200);
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/..%2f..%2fsecret.txt", "/%00.js", "/..%5csecret.txt"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(await res.text(), path).not.toContain("not for the LAN");
    }
    expect((await fetch(`${server.url}/`, { method: "POST", body: "x" })).status).toBe(405);
  });

  it("refuses WebSocket upgrades from a foreign Origin or Host", async () => {
    const { lan: server } = await lan.start();
    await expect(lan.connect(server, { origin: "http://evil.example" })).rejects.toThrow(/403/);
    await expect(lan.connect(server, { host: `evil.example:${server.port}` })).rejects.toThrow(/403/);
    await expect(lan.connect(server, { origin: `http://127.0.0.1:${server.port}` })).resolves.toBeDefined();
  });

  it("answers malformed, oversized and forged frames with an error, and keeps serving", async () => {
    const { lan: server, room } = await lan.start();
    const ws = await lan.connect(server);
    const f = frames(ws);
    ws.send("{not json");
    expect(await f.next(resultFor(null))).toMatchObject({ result: { ok: false, error: { code: "bad_request" } } });
    f.got.length = 0;
    ws.send(JSON.stringify({ type: "call", id: 1, method: "events.list", input: {}, pad: "x".repeat(20 * 1024) }));
    expect(await f.next(resultFor(null))).toMatchObject({ result: { ok: false, error: { code: "too_large" } } });
    ws.send(JSON.stringify({ type: "call", id: 2, method: "events.list", input: {}, __proto__: { admin: true } }));
    ws.send('{"type":"call","id":3,"method":"events.list","input":{},"__proto__":{"admin":true}}');
    expect(await f.next(resultFor(3))).toMatchObject({ result: { ok: false, error: { code: "bad_request" } } });
    ws.send(JSON.stringify({ type: "call", id: 4, method: "events.list", input: [1, 2, 3] }));
    expect(await f.next(resultFor(4))).toMatchObject({ result: { ok: false, error: { code: "invalid_input" } } });
    ws.send(JSON.stringify({ type: "call", id: 5, method: "events.list", input: {} }));
    expect(await f.next(resultFor(5))).toMatchObject({ result: { ok: true, value: [] } });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect((room.db.prepare("SELECT COUNT(*) AS n FROM change").get() as { n: number }).n).toBe(0);
  });

  it("closes a connection that sends a huge frame, and keeps serving others", async () => {
    const { lan: server } = await lan.start();
    const big = await lan.connect(server);
    const closed = new Promise<number>((resolve) => big.once("close", (code) => resolve(code)));
    big.send("x".repeat(1024 * 1024));
    expect(await closed).toBe(1009);
    const ws = await lan.connect(server);
    const f = frames(ws);
    ws.send(JSON.stringify({ type: "call", id: 1, method: "events.list", input: {} }));
    expect(await f.next(resultFor(1))).toMatchObject({ result: { ok: true } });
  });

  it("pushes a note added on one connection to another subscribed to the event", async () => {
    const { lan: server } = await lan.start();
    const a = await lan.connect(server);
    const b = await lan.connect(server);
    const fa = frames(a);
    const fb = frames(b);
    a.send(JSON.stringify({ type: "call", id: 1, method: "events.create", commandId: "cmd_create_01", input: { id: "evt_lan_test", title: "Elm Road", date: "2026-11-14", neighbourhood: "", venue: "" } }));
    await fa.next(resultFor(1));
    b.send(JSON.stringify({ type: "subscribe", id: 1, eventId: "evt_lan_test", sinceSeq: 0 }));
    await fb.next(resultFor(1));
    a.send(JSON.stringify({ type: "call", id: 2, method: "notes.add", commandId: "cmd_note_0001", input: { id: "note_lan_0001", eventId: "evt_lan_test", text: "Damp and mould" } }));
    const pushed = await fb.next((f) => JSON.stringify(f).includes("note_lan_0001"));
    expect(pushed).toMatchObject({ type: "change", change: { command: "notes.add", upserts: [{ kind: "note", value: { text: "Damp and mould" } }] } });
  });
});

describe("LAN server limits", () => {
  const lan = useLan();

  it("refuses request bodies over the cap before reading them, and answers /join with the code page", async () => {
    const { lan: server } = await lan.start();
    const big = await fetch(`${server.url}/`, { method: "POST", body: "x".repeat(1024 * 1024) });
    expect(big.status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode("x".repeat(100)));
        c.close();
      },
    });
    const chunked = await fetch(`${server.url}/healthz`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(chunked.status).toBe(413);
    const join = await fetch(`${server.url}/join`, { redirect: "manual" });
    expect(join.status).toBe(302);
    expect(join.headers.get("location")).toBe("/#/join");
    expect(join.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("caps frames at 16 KiB before a device has joined, too", async () => {
    const { lan: server } = await lan.start();
    const ws = await lan.connect(server, { host: `127.0.0.1:${server.port}` });
    const f = frames(ws);
    ws.send(JSON.stringify({ type: "hello", id: 1, key: "k".repeat(17 * 1024) }));
    expect(await f.next(resultFor(null))).toMatchObject({ result: { ok: false, error: { code: "too_large" } } });
  });
});
