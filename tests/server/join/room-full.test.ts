import { describe, expect, it } from "vitest";
import type { JoinStatus } from "../../../src/api";
import { DEVICE_CAPACITY } from "../../../src/server/join/desk";
import { Client, newKey, openDoors, startHall } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";

describe("a room that is full", () => {
  const lan = useLan();

  it("tells a new phone at once that the room is full, shows the facilitator, and still lets a phone that joined before back in", async () => {
    expect(DEVICE_CAPACITY).toBe(500);
    const hall = await startHall(lan);
    hall.room.room.ports.join.capacity = 2;
    const doors = await openDoors(hall.lan, hall.eventId, hall.controller);
    const join = { via: "token", token: doors.invite.tokens.participant };
    const keys = [newKey(), newKey()];
    const phones = await Promise.all(keys.map(() => Client.open(doors.wsUrl, { origin: doors.origin })));
    for (const [i, p] of phones.entries()) expect(await p.hello(keys[i]!, join)).toMatchObject({ ok: true });

    const third = await Client.open(doors.wsUrl, { origin: doors.origin });
    const refused = await third.hello(newKey(), join);
    expect(refused).toMatchObject({ ok: false, error: { code: "room_full" } });
    expect(refused.ok ? "" : refused.error.message).toMatch(/room is full/);
    expect(await third.closed).toBeGreaterThan(0); // closed, not left hanging
    const status = await hall.host.callOk<JoinStatus>("join.status", { eventId: hall.eventId });
    expect(status.roomFull).toMatchObject({ capacity: 2, online: 2, turnedAway: 1 });
    expect(status.devices).toHaveLength(2); // the phone turned away was not added

    // A phone that joined before (its connection dropped) gets back in, full or not.
    phones[0]!.close();
    const other = await Client.open(doors.wsUrl, { origin: doors.origin });
    expect(await other.hello(newKey(), join)).toMatchObject({ ok: true }); // its place was free
    const back = await Client.open(doors.wsUrl, { origin: doors.origin });
    expect(await back.hello(keys[0]!)).toMatchObject({ ok: true });
  });
});
