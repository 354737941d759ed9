import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { frames, resultFor, useLan } from "../support/lan-fixture";

// Bad inputs over the LAN's WebSocket: oversize bodies and frames, invalid UTF-8 and control
// characters, malformed messages, SQL-looking text; each refused or kept as text, the room
// running on (the IPC side: tests/electron-main/ipc-and-preload.test.ts).

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapMiB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const closeCode = (ws: WebSocket) => new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));

/** One call over a socket, answered. */
async function call(ws: WebSocket, f: ReturnType<typeof frames>, id: number, method: string, input: unknown, commandId?: string) {
  ws.send(JSON.stringify({ type: "call", id, method, input, ...(commandId ? { commandId } : {}) }));
  return (await f.next(resultFor(id))) as { result: { ok: boolean; value?: unknown; error?: { code: string; message: string } } };
}

describe("bad inputs over the WebSocket", () => {
  const lan = useLan();

  it("B1: refuses 1 MiB bodies and a frame announcing 100 MiB without reading it, and memory stays steady", async () => {
    const { lan: server } = await lan.start();
    const before = heapMiB();
    for (let i = 0; i < 30; i++) {
      const ws = await lan.connect(server);
      const closed = closeCode(ws);
      ws.send("x".repeat(1024 * 1024));
      expect(await closed).toBe(1009); // "message too big"
    }
    // 100 MiB announced in a frame header; only the header is sent. The room closes at once.
    const ws = await lan.connect(server);
    const closed = closeCode(ws);
    const header = Buffer.alloc(14);
    header[0] = 0x81; // FIN, text
    header[1] = 0x80 | 127; // masked, 64-bit length
    header.writeBigUInt64BE(BigInt(100 * 1024 * 1024), 2);
    (ws as unknown as { _socket: { write(b: Buffer): void } })._socket.write(header);
    expect(await closed).toBe(1009);
    // Over the limit but under ws's hard cap: an error reply, many times.
    const small = await lan.connect(server);
    const f = frames(small);
    for (let i = 0; i < 300; i++) small.send(JSON.stringify({ type: "call", id: i, method: "events.list", input: {}, pad: "x".repeat(20 * 1024) }));
    await expect.poll(() => f.got.length, { timeout: 5000 }).toBe(300);
    expect(f.got.every((g) => JSON.stringify(g).includes("too_large"))).toBe(true);
    const res = await fetch(`${server.url}/`, { method: "POST", body: "x".repeat(1024 * 1024) });
    // Refused before it is read: too large (413) or not a method the room serves (405).
    expect([405, 413]).toContain(res.status);
    expect(heapMiB() - before).toBeLessThan(16);
  });

  it("B2: closes a connection that sends invalid UTF-8, keeps serving others, and cleans control characters and lone surrogates", async () => {
    const { lan: server, room } = await lan.start();
    const bad = await lan.connect(server);
    const closed = closeCode(bad);
    bad.send(Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]), { binary: false });
    expect(await closed).toBe(1007); // invalid frame payload data
    const ws = await lan.connect(server);
    const f = frames(ws);
    await call(ws, f, 1, "events.create", { id: "evt_b2_000001", title: "B2\u0000 event\u0007", date: "2026-11-14" }, "cmd_b2_create");
    const note = await call(ws, f, 2, "notes.add", { id: "note_b2_00001", eventId: "evt_b2_000001", text: "a\u0000b\u0007c\ud800d\u001be\r\nf 😞\udc00" }, "cmd_b2_note1");
    expect(note.result).toMatchObject({ ok: true, value: { text: "abcde\nf 😞" } });
    const empty = await call(ws, f, 3, "notes.add", { id: "note_b2_00002", eventId: "evt_b2_000001", text: "\u0000\u0001\u0002 \ud800" }, "cmd_b2_note2");
    expect(empty.result).toMatchObject({ ok: false, error: { code: "invalid_input", message: "text: A note is empty" } });
    expect(room.db.prepare("SELECT title FROM event").get()).toEqual({ title: "B2 event" });
  });

  it("B5: refuses wrong types, extra keys, __proto__, huge arrays, deep nesting and unknown commands; nothing changes and nothing is polluted", async () => {
    const { lan: server, room } = await lan.start();
    const ws = await lan.connect(server);
    const f = frames(ws);
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const raws: [string, string][] = [
      [JSON.stringify({ type: "call", id: 1, method: "notes.add", input: { id: "note_b5_00001", eventId: "evt_b5_000001", text: "x", author: "forged" }, commandId: "cmd_b5_0000001" }), "invalid_input"],
      [JSON.stringify({ type: "call", id: 2, method: "events.create", input: { id: 12345678, title: ["x"], date: 20261114 }, commandId: "cmd_b5_0000002" }), "invalid_input"],
      [JSON.stringify({ type: "call", id: 3, method: "events.list", input: Array(4000).fill(0) }), "invalid_input"],
      [`{"type":"call","id":4,"method":"events.list","input":${deep}}`, "invalid_input"],
      [JSON.stringify({ type: "call", id: 5, method: "hasOwnProperty", input: {} }), "bad_request"],
      [JSON.stringify({ type: "call", id: 6, method: "toString", input: {} }), "bad_request"],
      [JSON.stringify({ type: "call", id: 7, method: "events.create", input: { id: "evt_b5_000001", title: "x", date: "2026-11-14" } }), "bad_request"], // no command id
      [JSON.stringify({ type: "call", id: 8, method: "events.create", input: { id: "evt_b5_000001", title: "x", date: "2026-11-14" }, commandId: "../../x" }), "bad_request"],
      [JSON.stringify({ type: "subscribe", id: 9, eventId: "evt_b5_000001", sinceSeq: 1.5 }), "bad_request"],
      [JSON.stringify({ type: "shutdown", id: 10 }), "bad_request"],
      ['{"type":"call","id":11,"method":"events.create","commandId":"cmd_b5_0000011","input":{"id":"evt_b5_000002","title":"x","date":"2026-11-14","__proto__":{"isAdmin":true}}}', "invalid_input"],
      ['{"type":"call","id":12,"method":"events.list","input":{"constructor":{"prototype":{"polluted":true}}}}', "invalid_input"],
    ];
    for (const [raw, code] of raws) {
      ws.send(raw);
      const id = (JSON.parse(raw) as { id: number }).id;
      const answer = (await f.next(resultFor(id))) as { result: { ok: boolean; error: { code: string } } };
      expect(answer.result, raw.slice(0, 100)).toMatchObject({ ok: false, error: { code } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(room.db.prepare("SELECT COUNT(*) AS n FROM change").get()).toEqual({ n: 0 });
    expect((await call(ws, f, 99, "events.list", {})).result).toEqual({ ok: true, value: [] });
  });

  it("B8: stores SQL-looking text verbatim in every field; statements are parameterised", async () => {
    const { lan: server, room } = await lan.start();
    const ws = await lan.connect(server);
    const f = frames(ws);
    const sql = ["'); DROP TABLE note; --", 'Robert"); DELETE FROM event; --', "1 OR 1=1", "x' UNION SELECT * FROM applied_command --", "%_\\' ; PRAGMA writable_schema=1;"];
    const tables = () => room.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    const before = tables();
    for (const [i, text] of sql.entries()) {
      const eventId = `evt_b8_${String(i).padStart(6, "0")}`;
      const e = await call(ws, f, i * 10 + 1, "events.create", { id: eventId, title: text, neighbourhood: text, venue: text, date: "2026-11-14" }, `cmd_b8_e${i}_0000`);
      expect(e.result).toMatchObject({ ok: true, value: { title: text, neighbourhood: text, venue: text } });
      const n = await call(ws, f, i * 10 + 2, "notes.add", { id: `note_b8_${String(i).padStart(5, "0")}`, eventId, text, table: text.slice(0, 40) }, `cmd_b8_n${i}_0000`);
      expect(n.result).toMatchObject({ ok: true, value: { text, table: text.slice(0, 40) } });
    }
    expect(tables()).toEqual(before);
    expect((room.db.prepare("SELECT text FROM note ORDER BY created_seq").all() as { text: string }[]).map((r) => r.text)).toEqual(sql);
    expect(room.db.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
