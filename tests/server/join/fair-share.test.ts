import { describe, expect, it } from "vitest";
import { newId, type JoinStatus } from "../../../src/api";
import { IMPORT_MAX_NOTES } from "../../../src/core";
import { COMMAND_BURST, MAX_LINKS_PER_DEVICE } from "../../../src/server/join/fair-share";
import { CLOSE_TOO_MANY } from "../../../src/server/join/links";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { Client, newKey } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const addNote = (eventId: string) => ({ method: "notes.add", input: { id: newId(), eventId, text: "Another note" }, commandId: newId() });

describe("a fair share of the room for every device", { timeout: 60_000 }, () => {
  const rooms = useRooms();
  const lan = useLan();

  it("gives a device a command rate fit for a person, refuses the rest in plain words with when to try again, and never slows the facilitator", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const device: Actor = { deviceId: "dev_busy_phone1", role: "notetaker", eventId: event.id };
    const answers = Array.from({ length: 200 }, () => r.room.call(device, addNote(event.id)));
    const accepted = answers.filter((a) => a.ok).length;
    expect(accepted).toBeGreaterThanOrEqual(COMMAND_BURST);
    expect(accepted).toBeLessThan(COMMAND_BURST + 20);
    expect(answers.at(-1)).toMatchObject({ ok: false, error: { code: "rate_limited", message: expect.stringMatching(/faster than a person.*Nothing was changed; try again in \d+ seconds?\./) } });
    const stored = r.db.prepare(`SELECT COUNT(*) AS n FROM note WHERE event_id = ?`).get(event.id) as { n: number };
    expect(stored.n).toBe(accepted);
    // Another device is not held up by it, nor the facilitator.
    expect(r.room.call({ ...device, deviceId: "dev_calm_phone1" }, addNote(event.id)).ok).toBe(true);
    for (let i = 0; i < 200; i++) expect(r.room.call(FACILITATOR, addNote(event.id)).ok).toBe(true);
  });

  it("keeps one unfinished import per device, of at most the notes one import may hold", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const device: Actor = { deviceId: "dev_importer_01", role: "notetaker", eventId: event.id };
    const part = (importId: string, n: number, count = 200) => ({
      method: "notes.importPart",
      input: { eventId: event.id, importId, part: n, notes: Array.from({ length: count }, () => ({ id: newId(), text: "Typed up from paper" })) },
      commandId: newId(),
    });
    for (let i = 0; i < 5; i++) expect(r.room.call(device, part(`import_${i}_abcdef`, 0, 1)).ok).toBe(true);
    const imports = r.db.prepare(`SELECT DISTINCT import_id FROM note_import_part WHERE actor = ?`).all(device.deviceId);
    expect(imports).toEqual([{ import_id: "import_4_abcdef" }]);
    const parts = IMPORT_MAX_NOTES / 200;
    for (let n = 0; n < parts; n++) expect(r.room.call(device, part("import_big_0001", n)).ok).toBe(true);
    expect(r.room.call(device, part("import_big_0001", parts))).toMatchObject({ ok: false, error: { code: "too_large", message: expect.stringMatching(/At most 2000 notes/) } });
    const staged = r.db.prepare(`SELECT COUNT(*) AS n FROM note_import_part WHERE actor = ?`).get(device.deviceId) as { n: number };
    expect(staged.n).toBe(parts);
  });

  it("bounds the sockets one device holds and shows the facilitator which device was slowed, and why", async () => {
    const started = await lan.start();
    const host = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
    const event = await host.callOk<{ id: string }>("events.create", sampleEvent());
    await host.callOk("join.rotate", { eventId: event.id });
    const { invite } = await host.callOk<JoinStatus>("join.status", { eventId: event.id });
    const key = newKey();
    const sockets: Client[] = [];
    for (let i = 0; i < MAX_LINKS_PER_DEVICE + 3; i++) {
      const s = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
      expect(await s.hello(key, i === 0 ? { via: "token", token: invite!.tokens.participant } : undefined)).toMatchObject({ ok: true });
      sockets.push(s);
    }
    for (const s of sockets.slice(0, 3)) expect(await s.closed).toBe(CLOSE_TOO_MANY);
    const status = await host.callOk<JoinStatus>("join.status", { eventId: event.id });
    expect(status.devices).toHaveLength(1);
    expect(status.devices[0]).toMatchObject({ online: true, slowed: { reason: "connections", at: expect.any(String) } });
    expect(started.room.room.ports.join.links.online(status.devices[0]!.id)).toBe(true);

    // A note-taker sending far faster than anyone types is slowed, and listed as such.
    const fast = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
    await fast.hello(newKey(), { via: "token", token: invite!.tokens.notetaker });
    const answers = await Promise.all(Array.from({ length: COMMAND_BURST + 30 }, () => fast.call("notes.add", { id: newId(), eventId: event.id, text: "spam" })));
    expect(answers.some((a) => !a.ok && a.error.code === "rate_limited")).toBe(true);
    const after = await host.callOk<JoinStatus>("join.status", { eventId: event.id });
    expect(after.devices.find((d) => d.role === "notetaker")).toMatchObject({ slowed: { reason: "commands" } });
  });
});
