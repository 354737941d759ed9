import { describe, expect, it } from "vitest";
import { deviceId } from "../../unit/support/ids";
import type { JoinStatus } from "../../../src/api";
import { devices, type DeviceRecord } from "../../../src/server/db/repos/devices";
import { Client, newKey, openDoors, startHall } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";

describe("the Devices page asks for a digest, not the whole list", () => {
  const lan = useLan();

  it("answers a few bytes that stay the same until something the page shows changes", async () => {
    const hall = await startHall(lan);
    const doors = await openDoors(hall.lan, hall.eventId, hall.controller);
    const at = new Date().toISOString();
    for (let i = 0; i < 1000; i++) {
      const d: DeviceRecord = {
        id: deviceId(`dev_many_${String(i).padStart(4, "0")}`), eventId: hall.eventId, role: "participant", label: `Phone ${i + 1}`, table: "", state: "approved",
        joinedVia: "token", address: "127.0.0.2", createdAt: at, lastSeenAt: at, approvedAt: at, revokedAt: null,
      };
      devices.insert(hall.room.db, d, `hash_${i}`);
    }
    const digest = () => hall.host.callOk<string>("join.digest", { eventId: hall.eventId });
    const status = await hall.host.callOk<JoinStatus>("join.status", { eventId: hall.eventId });
    const first = await digest();
    expect(JSON.stringify(status).length).toBeGreaterThan(200_000);
    expect(JSON.stringify(first).length).toBeLessThan(200);
    expect(await digest()).toBe(first);

    const phone = await Client.open(doors.wsUrl, { origin: doors.origin });
    expect(await phone.hello(newKey(), { via: "token", token: doors.invite.tokens.participant })).toMatchObject({ ok: true });
    const joined = await digest();
    expect(joined).not.toBe(first);
    expect(await digest()).toBe(joined);

    await hall.host.callOk("devices.rename", { deviceId: "dev_many_0001", label: "Mrs Khan's phone" });
    const renamed = await digest();
    expect(renamed).not.toBe(joined);

    phone.close();
    await phone.closed;
    for (let i = 0; i < 50 && (await digest()) === renamed; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await digest()).not.toBe(renamed); // went offline
  });
});
