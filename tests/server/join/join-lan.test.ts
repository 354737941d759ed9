import { describe, expect, it } from "vitest";
import type { JoinStatus } from "../../../src/api";
import type { DeviceInfo } from "../../../src/core";
import { CLOSE_RECONNECT, CLOSE_REFUSED } from "../../../src/api";
import { Client, hallAddress, newKey, openDoors, startHall } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";

/** A room with its LAN server, an event, and the doors open on the hall address. */
function useHall() {
  const lan = useLan();
  return async () => {
    const hall = await startHall(lan);
    hall.host.close();
    const doors = await openDoors(hall.lan, hall.eventId, hall.controller);
    const phone = () => Client.open(doors.wsUrl, { origin: doors.origin });
    return { ...hall, ...doors, phone };
  };
}

describe("joining over the LAN", () => {
  const hall = useHall();

  it("treats a socket from this computer as the facilitator, and a socket on the hall address as nobody until it joins", async () => {
    const h = await hall();
    expect((await h.host.call("events.list", {})).ok).toBe(true);
    const stranger = await h.phone();
    for (const [method, input] of [["events.list", {}], ["events.snapshot", { eventId: h.eventId }], ["join.status", { eventId: h.eventId }]] as const) {
      expect(await stranger.call(method, input)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await stranger.request({ type: "subscribe", eventId: h.eventId, sinceSeq: 0 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(hallAddress()).not.toBe("127.0.0.1");
  });

  it("lets a device in at once with the QR token, as the token's role, and finds the same device on the next hello", async () => {
    const h = await hall();
    const key = newKey();
    const phone = await h.phone();
    const hello = await phone.hello(key, { via: "token", token: h.invite.tokens.notetaker });
    expect(hello).toMatchObject({ ok: true, value: { role: "notetaker", state: "approved", eventId: h.eventId } });
    expect((await phone.call("events.snapshot", { eventId: h.eventId })).ok).toBe(true);
    expect(await phone.call("events.list", {})).toMatchObject({ ok: false, error: { code: "forbidden" } });
    phone.close();
    const again = await h.phone();
    const second = await again.hello(key);
    expect(second).toMatchObject({ ok: true, value: { deviceId: (hello as { value: { deviceId: string } }).value.deviceId } });
    const status = await h.host.callOk<JoinStatus>("join.status", { eventId: h.eventId });
    expect(status.devices).toHaveLength(1);
    expect(status.devices[0]).toMatchObject({ role: "notetaker", label: "Note-taker 1", joinedVia: "token", state: "approved", online: true });
  });

  it("refuses an unknown key, a made-up token, and closes the socket so it cannot act as anyone", async () => {
    const h = await hall();
    const a = await h.phone();
    expect(await a.hello(newKey())).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await a.closed).toBe(CLOSE_REFUSED);
    // A tab on this very computer that sends a bad hello is not the facilitator afterwards either.
    const local = await Client.open(`ws://127.0.0.1:${h.lan.port}/ws`);
    expect(await local.hello(newKey(), { via: "token", token: newKey() })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await local.closed).toBe(CLOSE_REFUSED);
  });

  it("puts a short-code device on the waiting list until the facilitator approves it, then serves it live", async () => {
    const h = await hall();
    const phone = await h.phone();
    const typed = `${h.invite.code.slice(0, 3).toLowerCase()}-${h.invite.code.slice(3)}`;
    const hello = await phone.hello(newKey(), { via: "code", code: typed, label: "Amina, table 4" });
    expect(hello).toMatchObject({ ok: true, value: { state: "waiting", label: "Amina, table 4" } });
    expect(await phone.call("events.snapshot", { eventId: h.eventId })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const waiting = (await h.host.callOk<JoinStatus>("join.status", { eventId: h.eventId })).devices;
    expect(waiting).toMatchObject([{ state: "waiting", label: "Amina, table 4", joinedVia: "code" }]);
    await h.host.callOk("devices.approve", { deviceId: waiting[0]!.id, role: "notetaker" });
    expect(await phone.f.next((f) => (f as { type?: string }).type === "device")).toMatchObject({ device: { state: "approved", role: "notetaker" } });
    expect((await phone.call("events.snapshot", { eventId: h.eventId })).ok).toBe(true);
  });

  it("turns a denied device away and closes its socket", async () => {
    const h = await hall();
    const phone = await h.phone();
    const key = newKey();
    await phone.hello(key, { via: "code", code: h.invite.code });
    const [d] = (await h.host.callOk<JoinStatus>("join.status", { eventId: h.eventId })).devices;
    await h.host.callOk("devices.deny", { deviceId: d!.id });
    expect(await phone.closed).toBe(CLOSE_REFUSED);
    const retry = await h.phone();
    expect(await retry.hello(key, { via: "code", code: h.invite.code })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("cuts a removed device off at once, and its key stops working", async () => {
    const h = await hall();
    const key = newKey();
    const phone = await h.phone();
    const hello = (await phone.hello(key, { via: "token", token: h.invite.tokens.participant })) as { value: { deviceId: string } };
    const removed = await h.host.callOk<DeviceInfo>("devices.remove", { deviceId: hello.value.deviceId });
    expect(removed.state).toBe("removed");
    expect(await phone.closed).toBe(CLOSE_REFUSED);
    const back = await h.phone();
    expect(await back.hello(key, { via: "token", token: h.invite.tokens.participant })).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("rotating the tokens makes a new QR and code, refuses the old ones, and keeps devices that are in", async () => {
    const h = await hall();
    const key = newKey();
    const phone = await h.phone();
    await phone.hello(key, { via: "token", token: h.invite.tokens.notetaker });
    await h.host.callOk("join.rotate", { eventId: h.eventId });
    const after = await h.host.callOk<JoinStatus>("join.status", { eventId: h.eventId });
    expect(after.invite!.tokens.notetaker).not.toBe(h.invite.tokens.notetaker);
    expect(after.invite!.code).not.toBe(h.invite.code);
    const late = await h.phone();
    expect(await late.hello(newKey(), { via: "token", token: h.invite.tokens.notetaker })).toMatchObject({ ok: false, error: { code: "not_found" } });
    const oldCode = await h.phone();
    expect(await oldCode.hello(newKey(), { via: "code", code: h.invite.code })).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect((await phone.call("events.snapshot", { eventId: h.eventId })).ok).toBe(true);
    phone.close();
    const back = await h.phone();
    expect(await back.hello(key)).toMatchObject({ ok: true, value: { state: "approved" } });
    const fresh = await h.phone();
    expect(await fresh.hello(newKey(), { via: "token", token: after.invite!.tokens.participant })).toMatchObject({ ok: true, value: { role: "participant" } });
  });

  it("renames a device live, and a role change reconnects it with the new role", async () => {
    const h = await hall();
    const key = newKey();
    const phone = await h.phone();
    const { value } = (await phone.hello(key, { via: "token", token: h.invite.tokens.participant })) as { value: { deviceId: string } };
    await h.host.callOk("devices.rename", { deviceId: value.deviceId, label: "Table 2 ✨" });
    expect(await phone.f.next((f) => (f as { type?: string }).type === "device")).toMatchObject({ device: { label: "Table 2 ✨" } });
    await h.host.callOk("devices.setRole", { deviceId: value.deviceId, role: "notetaker" });
    expect(await phone.closed).toBe(CLOSE_RECONNECT);
    const back = await h.phone();
    expect(await back.hello(key)).toMatchObject({ ok: true, value: { role: "notetaker", label: "Table 2 ✨" } });
  });

  it("rate-limits wrong codes per address and tells the facilitator", async () => {
    const h = await hall();
    for (let i = 0; i < 5; i++) {
      const p = await h.phone();
      expect(await p.hello(newKey(), { via: "code", code: "ZZZ999" })).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    const blocked = await h.phone();
    // Even the right code is refused while this address is blocked.
    expect(await blocked.hello(newKey(), { via: "code", code: h.invite.code })).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    const status = await h.host.callOk<JoinStatus>("join.status", { eventId: h.eventId });
    // Five wrong, and the one turned away unread: the facilitator hears of every try.
    expect(status.alerts).toMatchObject([{ address: hallAddress(), wrongTries: 6, blocked: true }]);
    expect(status.devices).toHaveLength(0);
  });

  it("refuses foreign origins on the hall address, and stops listening there when the doors close", async () => {
    const h = await hall();
    await expect(Client.open(h.wsUrl, { origin: "http://evil.example" })).rejects.toThrow(/403/);
    await expect(Client.open(h.wsUrl, { origin: `http://127.0.0.1:${h.lan.port}` })).rejects.toThrow(/403/);
    const key = newKey();
    const phone = await h.phone();
    await phone.hello(key, { via: "token", token: h.invite.tokens.notetaker });
    await h.host.callOk("join.close", { eventId: h.eventId });
    await phone.closed;
    for (let i = 0; i < 100 && h.controller.status().state !== "off"; i++) await new Promise((r) => setTimeout(r, 20));
    await expect(h.phone()).rejects.toThrow();
  });
});
