import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addDays, localToday, type Change } from "../../../src/core";
import { applyContactRetention } from "../../../src/server/data/contact-retention";
import { DB_FILE } from "../../../src/server/db/open";
import { FACILITATOR, type Actor } from "../../../src/server/room/actor";
import { renderExport } from "../../../src/server/report/export/render-export";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const PHONE = "07700 900461";
const EMAIL = "ada.contact-marker@example.org";
const ADDRESS = "Flat 9, Marker House\nElm Road, Leeds LS6 2AB";
const DETAILS = ["900461", "contact-marker", "Marker House", "Dorothea Quill"];

/** Raw bytes of the database file and its WAL holding any of the contact details. */
function filesHolding(dir: string): string[] {
  const files = [join(dir, DB_FILE), join(dir, `${DB_FILE}-wal`)];
  return files.filter((f) => existsSync(f) && DETAILS.some((d) => [Buffer.from(d, "utf8"), Buffer.from(d, "utf16le")].some((n) => readFileSync(f).includes(n))));
}

const holds = (text: string) => DETAILS.some((d) => text.includes(d));

describe("residents' contacts", () => {
  const rooms = useRooms();

  function eventWithContacts() {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ date: "2026-11-14" }));
    callOk(r, FACILITATOR, "notes.add", { id: "note_said_00001", eventId: event.id, text: "The lift is broken again" });
    const phone: Actor = { deviceId: "phone-ada-01", role: "participant", eventId: event.id };
    const helper: Actor = { deviceId: "phone-helper-1", role: "notetaker", eventId: event.id };
    const seen: Change[] = [];
    r.room.subscribe(phone, event.id, 0, (c) => seen.push(c));
    callOk(r, FACILITATOR, "contacts.leave", { eventId: event.id, contact: { channel: "post", name: "Dorothea Quill", detail: ADDRESS } });
    callOk(r, phone, "contacts.leave", { eventId: event.id, contact: { channel: "text", detail: PHONE } }, "cmd_leave_text_01");
    callOk(r, helper, "contacts.leave", { eventId: event.id, contact: { channel: "email", detail: EMAIL } });
    callOk(r, phone, "contacts.leave", { eventId: event.id, contact: { channel: "collect", name: "Sam" } });
    return { r, event, phone, helper, seen };
  }

  it("are left at the door or on a phone, once per command, and read back only by the organiser", () => {
    const { r, event, phone, helper } = eventWithContacts();
    expect(callOk(r, phone, "contacts.leave", { eventId: event.id, contact: { channel: "text", detail: PHONE } }, "cmd_leave_text_01")).toEqual({ received: true }); // a resend
    const view = callOk(r, FACILITATOR, "contacts.view", { eventId: event.id });
    expect(view.contacts.map((c) => [c.channel, c.name, c.detail])).toEqual([
      ["collect", "Sam", ""],
      ["email", "", EMAIL],
      ["post", "Dorothea Quill", "Flat 9, Marker House\nElm Road, Leeds LS6 2AB"],
      ["text", "", PHONE],
    ]);
    expect(view.contacts.every((c) => c.leftOn === localToday())).toBe(true);
    expect(view).toMatchObject({ keepDays: 30, sentOn: null, deleteOn: null, deletions: [] });
    for (const actor of [phone, helper]) {
      expect(r.room.call(actor, { method: "contacts.view", input: { eventId: event.id } })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    const projector: Actor = { deviceId: "wall-0000001", role: "projector", eventId: event.id };
    expect(r.room.call(projector, { method: "contacts.leave", input: { eventId: event.id, contact: { channel: "collect" } }, commandId: "cmd_wall_leave1" })).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("refuse a bad phone number, email or address in words, and change nothing", () => {
    const { r, event, phone } = eventWithContacts();
    const cases: [unknown, RegExp][] = [
      [{ channel: "text", detail: "call me maybe" }, /not a phone number/],
      [{ channel: "text", detail: "12345" }, /not a phone number/],
      [{ channel: "email", detail: "ada@" }, /not an email address/],
      [{ channel: "email", detail: "ada example.org" }, /not an email address/],
      [{ channel: "post", detail: "Leeds" }, /postal address/],
      [{ channel: "collect", detail: "07700 900123" }, /needs no phone/],
      [{ channel: "pigeon", detail: "" }, /channel/],
    ];
    cases.forEach(([contact, message], i) => {
      const res = r.room.call(phone, { method: "contacts.leave", input: { eventId: event.id, contact }, commandId: `cmd_bad_leave_${i}` });
      expect(res, JSON.stringify(contact)).toMatchObject({ ok: false, error: { code: "invalid_input", message: expect.stringMatching(message) } });
    });
    expect(callOk(r, FACILITATOR, "contacts.view", { eventId: event.id }).contacts).toHaveLength(4);
    expect(r.room.call(FACILITATOR, { method: "contacts.setKeepDays", input: { eventId: event.id, keepDays: -1 }, commandId: "cmd_keep_neg01" })).toMatchObject({ ok: false });
  });

  it("are kept apart: no link to a device, note or time, nothing in the change feed, the command store, a phone's feed or an export", async () => {
    const { r, event, seen } = eventWithContacts();
    const columns = (r.db.prepare(`SELECT name FROM pragma_table_info('resident_contact')`).all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(["id", "event_id", "channel", "name", "detail", "left_on"]);
    expect((r.db.prepare(`SELECT left_on FROM resident_contact`).all() as { left_on: string }[]).every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.left_on))).toBe(true);
    const feed = (r.db.prepare(`SELECT payload FROM change`).all() as { payload: string }[]).map((c) => c.payload).join("\n");
    const results = (r.db.prepare(`SELECT result FROM applied_command`).all() as { result: string }[]).map((c) => c.result).join("\n");
    expect(holds(feed)).toBe(false);
    expect(holds(results)).toBe(false);
    // Not even which device left one: the command record is under a one-way key.
    const actors = (r.db.prepare(`SELECT DISTINCT actor FROM applied_command WHERE method = 'contacts.leave'`).all() as { actor: string }[]).map((a) => a.actor);
    expect(actors).toEqual(["resident"]);
    expect(r.db.prepare(`SELECT COUNT(*) AS n FROM applied_command WHERE actor IN ('phone-ada-01', 'phone-helper-1')`).get()).toEqual({ n: 0 });
    await new Promise((done) => setTimeout(done, 50));
    expect(holds(JSON.stringify(seen))).toBe(false);
    expect(holds(JSON.stringify(callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id })))).toBe(false);
    const printer = { print: () => Promise.reject(new Error("no PDF here")) };
    for (const format of ["csv", "markdown", "archive"] as const) {
      const { bytes } = await renderExport(r.db, event.id, format, printer, () => undefined);
      expect(holds(Buffer.from(bytes).toString("utf8")), format).toBe(false);
    }
  });

  it("are deleted on the schedule, days after the report is marked sent, with the deletion shown and no bytes left", () => {
    const { r, event } = eventWithContacts();
    expect(applyContactRetention(r.room, "2099-01-01")).toBe(0); // not sent yet: kept, whatever the date
    const sentOn = localToday();
    callOk(r, FACILITATOR, "reports.recordSent", { eventId: event.id, sent: { sentOn, channels: ["emailed"], note: "" } });
    callOk(r, FACILITATOR, "contacts.setKeepDays", { eventId: event.id, keepDays: 14 });
    callOk(r, FACILITATOR, "contacts.recordReached", { eventId: event.id, reached: { text: 1, email: 1, post: 1, collect: 0 } });
    expect(callOk(r, FACILITATOR, "contacts.view", { eventId: event.id })).toMatchObject({ sentOn, deleteOn: addDays(sentOn, 14), keepDays: 14 });
    r.db.pragma("wal_checkpoint(TRUNCATE)");
    expect(filesHolding(r.dir).length).toBeGreaterThan(0); // the scan can see them while they are kept

    expect(applyContactRetention(r.room, addDays(sentOn, 13))).toBe(0);
    expect(applyContactRetention(r.room, addDays(sentOn, 14))).toBe(4);
    expect(applyContactRetention(r.room, addDays(sentOn, 15))).toBe(0); // once

    const view = callOk(r, FACILITATOR, "contacts.view", { eventId: event.id });
    expect(view).toMatchObject({ contacts: [], deletions: [{ deletedOn: addDays(sentOn, 14), count: 4 }], reached: { text: 1, email: 1, post: 1, collect: 0 } });
    expect(r.db.prepare(`SELECT COUNT(*) AS n FROM applied_command WHERE method = 'contacts.leave'`).get()).toEqual({ n: 0 });
    expect(filesHolding(r.dir)).toEqual([]); // secure_delete and the truncated WAL
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).note).toHaveLength(1); // what residents said stays
  });

  it("can have one removed at the resident's request, leaving no copy", () => {
    const { r, event } = eventWithContacts();
    const post = callOk(r, FACILITATOR, "contacts.view", { eventId: event.id }).contacts.find((c) => c.channel === "post");
    expect(callOk(r, FACILITATOR, "contacts.remove", { eventId: event.id, contactId: post!.id })).toEqual({ removed: true });
    const view = callOk(r, FACILITATOR, "contacts.view", { eventId: event.id });
    expect(view.contacts.map((c) => c.channel)).toEqual(["collect", "email", "text"]);
    expect(view.deletions).toEqual([{ deletedOn: localToday(), count: 1 }]);
    const scan = [join(r.dir, DB_FILE), join(r.dir, `${DB_FILE}-wal`)].filter((f) => existsSync(f)).map((f) => readFileSync(f));
    expect(scan.some((b) => b.includes(Buffer.from("Marker House")))).toBe(false);
  });

  it("go with their event when it is deleted", () => {
    const { r, event } = eventWithContacts();
    callOk(r, FACILITATOR, "events.delete", { eventId: event.id, confirmTitle: "Elm Road listening event" });
    expect(r.db.prepare(`SELECT COUNT(*) AS n FROM resident_contact`).get()).toEqual({ n: 0 });
    expect(filesHolding(r.dir)).toEqual([]);
  });
});
