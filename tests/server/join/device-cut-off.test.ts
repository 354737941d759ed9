import { describe, expect, it } from "vitest";
import { CLOSE_RECONNECT, CLOSE_REFUSED, newId, type JoinStatus } from "../../../src/api";
import { Client, newKey } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";
import { RawSocket } from "../support/raw-socket";
import { sampleEvent } from "../support/room-fixture";

type Frame = { type?: string; id?: number; result?: { ok: boolean; error?: { code: string } }; change?: { upserts: { value: { id: string } }[] } };

/** A note-taker on a raw socket that never answers the server's close frame. */
async function rawNotetaker(lan: ReturnType<typeof useLan>) {
  const started = await lan.start();
  const host = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
  const event = await host.callOk<{ id: string }>("events.create", sampleEvent());
  await host.callOk("join.rotate", { eventId: event.id });
  const { invite } = await host.callOk<JoinStatus>("join.status", { eventId: event.id });
  const raw = await RawSocket.open(started.lan.port);
  raw.send({ type: "hello", id: 1, key: newKey(), join: { via: "token", token: invite!.tokens.notetaker } });
  await raw.until((fs) => fs.some((f) => (f as Frame).id === 1));
  const hello = raw.frames().find((f) => (f as Frame).id === 1) as { result: { ok: true; value: { deviceId: string } } };
  raw.send({ type: "subscribe", id: 2, eventId: event.id, sinceSeq: 0 });
  await raw.until((fs) => fs.some((f) => (f as Frame).id === 2));
  return { ...started, host, eventId: event.id, raw, deviceId: hello.result.value.deviceId };
}

/**
 * Sends calls without waiting: after its close frame the server may send nothing more (RFC
 * 6455), so a cut-off socket gets no answers; the proof is that nothing changed. The wait lets
 * the room read every frame that reached it.
 */
async function sendAfterClose(raw: RawSocket, calls: { method: string; input: unknown }[]): Promise<void> {
  calls.forEach((c, i) => raw.send({ type: "call", id: 100 + i, method: c.method, input: c.input, commandId: newId() }));
  await new Promise((r) => setTimeout(r, 1000));
}

/** Sends calls numbered from `from` and waits for every answer. */
async function callMany(raw: RawSocket, from: number, calls: { method: string; input: unknown }[]): Promise<Frame[]> {
  calls.forEach((c, i) => raw.send({ type: "call", id: from + i, method: c.method, input: c.input, commandId: newId() }));
  const ids = new Set(calls.map((_, i) => from + i));
  await raw.until((fs) => [...ids].every((id) => fs.some((f) => (f as Frame).id === id)));
  return raw.frames().filter((f) => ids.has((f as Frame).id ?? -1)) as Frame[];
}

describe("a removed or demoted device is cut off at once", { timeout: 60_000 }, () => {
  const lan = useLan();

  it("obeys nothing more from a removed device's socket, though it never answers the close, and pushes it nothing", async () => {
    const h = await rawNotetaker(lan);
    try {
      const before = await callMany(h.raw, 10, [{ method: "notes.add", input: { id: newId(), eventId: h.eventId, text: "Before removal" } }]);
      expect(before[0]!.result).toMatchObject({ ok: true });
      const others = await h.host.callOk<{ id: string }>("notes.add", { id: newId(), eventId: h.eventId, text: "The facilitator's own note" });
      await h.host.callOk("devices.remove", { deviceId: h.deviceId });
      await h.raw.until(() => h.raw.closeCode !== undefined);
      expect(h.raw.closeCode).toBe(CLOSE_REFUSED);
      const pushedBefore = h.raw.frames().filter((f) => (f as Frame).type === "change").length;

      const adds = Array.from({ length: 20 }, (_, i) => ({ method: "notes.add", input: { id: `note_after_${i}_${newId()}`.slice(0, 60), eventId: h.eventId, text: `After ${i}` } }));
      await sendAfterClose(h.raw, [...adds, { method: "notes.delete", input: { eventId: h.eventId, ids: [others.id] } }]);

      const stored = h.room.db.prepare(`SELECT text, deleted FROM note WHERE event_id = ? ORDER BY created_seq`).all(h.eventId) as { text: string; deleted: number }[];
      expect(stored).toEqual([
        { text: "Before removal", deleted: 0 },
        { text: "The facilitator's own note", deleted: 0 },
      ]);
      await h.host.callOk("notes.add", { id: newId(), eventId: h.eventId, text: "Said after the removal" });
      await new Promise((r) => setTimeout(r, 300));
      expect(h.raw.frames().filter((f) => (f as Frame).type === "change")).toHaveLength(pushedBefore);
      expect(h.raw.texts.join("")).not.toContain("Said after the removal");
    } finally {
      h.raw.destroy();
    }
  });

  it("stops obeying a demoted note-taker's socket at the old role the moment its role changes", async () => {
    const h = await rawNotetaker(lan);
    try {
      const theme = (i: number) => ({ method: "themes.create", input: { id: newId(), eventId: h.eventId, title: `Theme ${i}` } });
      expect((await callMany(h.raw, 10, [theme(0)]))[0]!.result).toMatchObject({ ok: true });
      await h.host.callOk("devices.setRole", { deviceId: h.deviceId, role: "participant" });
      await h.raw.until(() => h.raw.closeCode !== undefined);
      expect(h.raw.closeCode).toBe(CLOSE_RECONNECT);
      await sendAfterClose(h.raw, Array.from({ length: 10 }, (_, i) => theme(i + 1)));
      const themes = h.room.db.prepare(`SELECT COUNT(*) AS n FROM theme WHERE event_id = ?`).get(h.eventId) as { n: number };
      expect(themes.n).toBe(1);
    } finally {
      h.raw.destroy();
    }
  });
});
