import { describe, expect, it } from "vitest";
import type { JoinStatus } from "../../../src/api";
import { newId } from "../../../src/api";
import type { Note } from "../../../src/core";
import { Client, newKey, openDoors, startHall } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";

describe("joining for a table", () => {
  const lan = useLan();

  it("keeps the table of the QR code a device joined with, and writes it on that device's notes unless a note names its own", async () => {
    const hall = await startHall(lan);
    hall.host.close();
    const doors = await openDoors(hall.lan, hall.eventId, hall.controller);
    const phone = await Client.open(doors.wsUrl, { origin: doors.origin });
    const hello = await phone.hello(newKey(), { via: "token", token: doors.invite.tokens.notetaker, table: "Table 3" });
    expect(hello).toMatchObject({ ok: true, value: { role: "notetaker", table: "Table 3" } });

    const plain = await phone.call("notes.add", { id: newId(), eventId: hall.eventId, text: "No shelter at the bus stop" });
    expect(plain).toMatchObject({ ok: true, value: { table: "Table 3" } });
    const own = await phone.call("notes.add", { id: newId(), eventId: hall.eventId, text: "Lifts broken", table: "Table 4" });
    expect((own as { value: Note }).value.table).toBe("Table 4");

    const status = await doors.host.callOk<JoinStatus>("join.status", { eventId: hall.eventId });
    expect(status.devices[0]).toMatchObject({ table: "Table 3" });
    // A table label longer than a note's table field allows is refused, and nothing joins.
    const other = await Client.open(doors.wsUrl, { origin: doors.origin });
    expect(await other.hello(newKey(), { via: "token", token: doors.invite.tokens.notetaker, table: "x".repeat(200) })).toMatchObject({ ok: false });
  });
});
