import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addDays, localToday } from "../../../src/core";
import { BACKUP_DIR, checkFile } from "../../../src/server/db/backups";
import { applyContactRetention } from "../../../src/server/data/contact-retention";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const holds = (path: string, marker: string) => readFileSync(path).includes(Buffer.from(marker, "utf8"));

describe("backups and deleted contacts", () => {
  const rooms = useRooms();

  it("a contact deleted on its schedule leaves every backup too; contacts still kept and everything else stay", async () => {
    const dir = rooms.tempDir();
    const r = rooms.start(dir, { backupIntervalMs: 0 });
    const sent = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Sent event" }));
    const open = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Not sent yet" }));
    callOk(r, FACILITATOR, "notes.add", { id: "note_kept_in_bk1", eventId: sent.id, text: "Backup-note-marker stays" });
    callOk(r, FACILITATOR, "contacts.leave", { eventId: sent.id, contact: { channel: "email", detail: "gone.backup-marker@example.org" } });
    callOk(r, FACILITATOR, "contacts.leave", { eventId: open.id, contact: { channel: "email", detail: "kept.backup-marker@example.org" } });
    const backups = [await r.store.backup(), await r.store.backup()].map((b) => join(dir, BACKUP_DIR, b.name));
    for (const b of backups) expect(holds(b, "gone.backup-marker")).toBe(true);

    callOk(r, FACILITATOR, "reports.recordSent", { eventId: sent.id, sent: { sentOn: localToday(), channels: ["emailed"], note: "" } });
    expect(applyContactRetention(r.room, addDays(localToday(), 30))).toBe(1);
    expect(await r.store.forgetDeletedContacts()).toBe(2);
    for (const b of backups) {
      expect(holds(b, "gone.backup-marker"), b).toBe(false);
      expect(holds(b, "kept.backup-marker"), b).toBe(true);
      expect(holds(b, "Backup-note-marker stays"), b).toBe(true);
      expect(checkFile(b, true)).toBe("ok");
    }
    expect(await r.store.forgetDeletedContacts()).toBe(0); // nothing more to take out
  });

  it("a contact removed at a resident's request leaves the backups at once", async () => {
    const dir = rooms.tempDir();
    const r = rooms.start(dir, { backupIntervalMs: 0 });
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    callOk(r, FACILITATOR, "contacts.leave", { eventId: event.id, contact: { channel: "text", detail: "07700 900777" } });
    const backup = join(dir, BACKUP_DIR, (await r.store.backup()).name);
    expect(holds(backup, "900777")).toBe(true);
    const [contact] = callOk(r, FACILITATOR, "contacts.view", { eventId: event.id }).contacts;
    callOk(r, FACILITATOR, "contacts.remove", { eventId: event.id, contactId: contact!.id });
    await expect.poll(() => holds(backup, "900777"), { timeout: 5000, interval: 50 }).toBe(false); // no other call: the command itself asked
  });
});
