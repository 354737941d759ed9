import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CLOSE_REFUSED } from "../../../src/api/join-wire";
import { Outbox } from "../../../src/api/outbox";
import { websocketTransport } from "../../../src/api/transports/websocket";
import { FakeSocket } from "./fake-socket";

const KEEP_ALIVE = 1000;
const COMMAND_ID = "c".repeat(21);

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
  vi.stubGlobal("WebSocket", FakeSocket);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const pings = (s: FakeSocket) => s.sentOfType("ping");

describe("websocketTransport keep-alive", () => {
  it("pings a quiet socket, drops it when the ping goes unanswered, and pings the next socket too", () => {
    const t = websocketTransport("ws://room", { keepAliveMs: KEEP_ALIVE, minDelay: 100 });
    const first = FakeSocket.latest();
    first.open();
    expect(t.status).toBe("online");

    vi.advanceTimersByTime(KEEP_ALIVE * 1.5);
    expect(pings(first)).toHaveLength(1);
    vi.advanceTimersByTime(KEEP_ALIVE);
    expect(t.status).toBe("offline");

    vi.advanceTimersByTime(100);
    const second = FakeSocket.latest();
    expect(second).not.toBe(first);
    second.open();
    vi.advanceTimersByTime(KEEP_ALIVE * 1.5);
    expect(pings(second)).toHaveLength(1);

    // Answered: the socket stays, and pings again after the next quiet spell.
    second.receive({ type: "result", id: pings(second)[0]?.["id"], result: { ok: true, value: null } });
    vi.advanceTimersByTime(KEEP_ALIVE * 1.5);
    expect(t.status).toBe("online");
    expect(FakeSocket.latest()).toBe(second);
    expect(pings(second)).toHaveLength(2);
    t.close();
  });

  it("keeps a socket that goes on hearing from the room, without pinging it", () => {
    const t = websocketTransport("ws://room", { keepAliveMs: KEEP_ALIVE });
    const s = FakeSocket.latest();
    s.open();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(KEEP_ALIVE / 2);
      s.receive({ type: "result", id: null, result: { ok: true, value: null } });
    }
    expect(pings(s)).toHaveLength(0);
    expect(t.status).toBe("online");
    t.close();
  });
});

describe("websocketTransport stopping", () => {
  it("stops its keep-alive timer and reconnections when the room refuses the device", async () => {
    const t = websocketTransport("ws://room", {
      keepAliveMs: KEEP_ALIVE,
      handshake: { hello: () => ({ key: "k".repeat(43) }), onDevice: () => undefined },
    });
    const s = FakeSocket.latest();
    s.open();
    const answer = t.request({ type: "call", method: "notes.add", input: {} });
    s.closedByServer(CLOSE_REFUSED, "Removed by the facilitator.");
    await expect(answer).resolves.toEqual({ ok: false, error: { code: "forbidden", message: "Removed by the facilitator." } });
    expect(t.status).toBe("offline");
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(KEEP_ALIVE * 10);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it("close() answers what is pending and leaves no timer behind", async () => {
    const t = websocketTransport("ws://room", { keepAliveMs: KEEP_ALIVE });
    const answer = t.request({ type: "call", method: "events.list", input: {} });
    t.close();
    await expect(answer).resolves.toMatchObject({ ok: false, error: { code: "unavailable" } });
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("websocketTransport with an outbox", () => {
  it("keeps a command in the outbox until the room answers it, sending it again on a new socket", async () => {
    const outbox = new Outbox(undefined, "test");
    const t = websocketTransport("ws://room", { outbox, keepAliveMs: 0, minDelay: 100 });
    const first = FakeSocket.latest();
    first.open();
    const answer = t.request({ type: "call", method: "notes.add", input: { text: "a" }, commandId: COMMAND_ID });
    expect(outbox.has(COMMAND_ID)).toBe(true);
    expect(first.sentOfType("call")).toHaveLength(1);

    first.closedByServer();
    vi.advanceTimersByTime(100);
    const second = FakeSocket.latest();
    second.open();
    const resent = second.sentOfType("call");
    expect(resent).toMatchObject([{ method: "notes.add", commandId: COMMAND_ID }]);
    second.receive({ type: "result", id: resent[0]?.["id"], result: { ok: true, value: 1 } });
    await expect(answer).resolves.toEqual({ ok: true, value: 1 });
    expect(outbox.size).toBe(0);
    t.close();
  });

  it("sends the commands a reload interrupted first, with their ids", () => {
    const outbox = new Outbox(undefined, "test");
    outbox.add({ commandId: COMMAND_ID, method: "notes.add", input: { text: "kept" }, queuedAt: 1 });
    const t = websocketTransport("ws://room", { outbox, keepAliveMs: 0 });
    const s = FakeSocket.latest();
    s.open();
    expect(s.sentOfType("call")).toMatchObject([{ method: "notes.add", commandId: COMMAND_ID, input: { text: "kept" } }]);
    t.close();
  });

  it("never writes a resident's contact to the phone's storage, yet sends it again on a new socket", async () => {
    const outbox = new Outbox(undefined, "test");
    const t = websocketTransport("ws://room", { outbox, keepAliveMs: 0, minDelay: 100 });
    const first = FakeSocket.latest();
    first.open();
    const input = { eventId: "event_0001", contact: { channel: "text", detail: "07700 900123" } };
    const answer = t.request({ type: "call", method: "contacts.leave", input, commandId: COMMAND_ID });
    expect(outbox.size).toBe(0);
    first.closedByServer();
    vi.advanceTimersByTime(100);
    const second = FakeSocket.latest();
    second.open();
    const resent = second.sentOfType("call");
    expect(resent).toMatchObject([{ method: "contacts.leave", commandId: COMMAND_ID, input }]);
    second.receive({ type: "result", id: resent[0]?.["id"], result: { ok: true, value: { received: true } } });
    await expect(answer).resolves.toEqual({ ok: true, value: { received: true } });
    t.close();
  });
});
