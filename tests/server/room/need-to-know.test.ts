import { describe, expect, it } from "vitest";
import { newId, type JoinStatus } from "../../../src/api";
import { Client, newKey } from "../support/join-fixture";
import { useLan } from "../support/lan-fixture";
import { sampleEvent } from "../support/room-fixture";

// What the facilitator deleted or edited out, and a name only the facilitator's pages show.
const SECRETS = ["Maureen", "Oduya", "07700 900461", "07700 900999", "Gerald Pike"];

describe("need to know: a device is sent what its screen may show and nothing more", { timeout: 60_000 }, () => {
  const lan = useLan();

  it("sends no deleted note's text, no superseded text and no action owner to phones, note-takers or projectors", async () => {
    const started = await lan.start();
    const host = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
    const event = await host.callOk<{ id: string }>("events.create", sampleEvent());
    const eventId = event.id;
    const edited = newId();
    const deleted = newId();
    await host.callOk("notes.add", { id: edited, eventId, text: "Call Maureen Oduya on 07700 900461 about the lift" });
    await host.callOk("notes.edit", { id: edited, eventId, text: "The lift is broken again" });
    await host.callOk("notes.add", { id: deleted, eventId, text: "My number is 07700 900999" });
    await host.callOk("notes.delete", { eventId, ids: [deleted] });
    await host.callOk("actions.add", { id: newId(), eventId, text: "Ask the council about the lift", owner: "Maureen Oduya" });
    await host.callOk("join.rotate", { eventId });
    const { invite } = await host.callOk<JoinStatus>("join.status", { eventId });

    const devices: Client[] = [];
    for (const role of ["notetaker", "participant", "projector"] as const) {
      const device = await Client.open(`ws://127.0.0.1:${started.lan.port}/ws`);
      expect(await device.hello(newKey(), { via: "token", token: invite!.tokens[role] })).toMatchObject({ ok: true });
      expect(await device.request({ type: "subscribe", eventId, sinceSeq: 0 })).toMatchObject({ ok: true });
      const snapshot = await device.callOk<{ note: { id: string; text: string }[] }>("events.snapshot", { eventId });
      expect(snapshot.note.find((n) => n.id === edited)?.text).toBe("The lift is broken again");
      devices.push(device);
    }
    // Live, after they joined: an action with an owner, then one more delete and edit.
    const later = newId();
    await host.callOk("notes.add", { id: later, eventId, text: "Bins are not collected" });
    await host.callOk("actions.add", { id: newId(), eventId, text: "Chase the bin collection", owner: "Gerald Pike" });
    await host.callOk("notes.delete", { eventId, ids: [later] });
    for (const d of devices) await d.f.next((f) => JSON.stringify(f).includes(`"notes.delete"`) && JSON.stringify(f).includes(later));

    for (const d of devices) {
      const sent = JSON.stringify(d.f.got);
      for (const secret of SECRETS) expect(sent, secret).not.toContain(secret);
      expect(sent).toContain("The lift is broken again");
    }
    // The facilitator's own screen still has all of it (the trash, the actions page).
    const own = JSON.stringify(await host.callOk("events.snapshot", { eventId }));
    expect(own).toContain("07700 900999");
    expect(own).toContain("Gerald Pike");
  });
});
