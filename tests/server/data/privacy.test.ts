import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RELOAD_EVENT, type Change } from "../../../src/core";
import { BACKUP_DIR } from "../../../src/server/db/backups";
import { DB_FILE } from "../../../src/server/db/open";
import { applyRetention, RETENTION_COMMAND } from "../../../src/server/data/retention";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const count = (db: { prepare(sql: string): { get(...a: unknown[]): unknown } }, sql: string, ...args: unknown[]) =>
  (db.prepare(sql).get(...args) as { n: number }).n;

/** Every file of the database and its backups that holds `marker` somewhere in its raw bytes. */
function filesHolding(dir: string, marker: string): string[] {
  const files = [join(dir, DB_FILE), join(dir, `${DB_FILE}-wal`)];
  if (existsSync(join(dir, BACKUP_DIR))) files.push(...readdirSync(join(dir, BACKUP_DIR)).map((f) => join(dir, BACKUP_DIR, f)));
  const needles = [Buffer.from(marker, "utf8"), Buffer.from(marker, "utf16le")];
  return files.filter((f) => existsSync(f) && needles.some((n) => readFileSync(f).includes(n)));
}

describe("deleting an event", () => {
  const rooms = useRooms();

  it("needs the event's title typed exactly, and deletes nothing otherwise", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Brook House" }));
    const wrong = r.room.call(FACILITATOR, { method: "events.delete", input: { eventId: event.id, confirmTitle: "brook house" }, commandId: "cmd_delete_wrong" });
    expect(wrong).toMatchObject({ ok: false, error: { code: "invalid_input", message: expect.stringMatching(/type its title/) } });
    const notetaker = r.room.call({ deviceId: "laptop-2", role: "notetaker" }, { method: "events.delete", input: { eventId: event.id, confirmTitle: "Brook House" }, commandId: "cmd_delete_nt" });
    expect(notetaker).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(callOk(r, FACILITATOR, "events.list", {})).toHaveLength(1);
  });

  it("removes every trace of it from the database file, the WAL and later backups (secure delete)", async () => {
    const r = rooms.start();
    expect(r.db.pragma("secure_delete", { simple: true })).toBe(1);
    const marker = "ZQX-unique-resident-name-7731";
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: `Event of ${marker}` }));
    const other = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Another event" }));
    for (let i = 0; i < 30; i++) {
      callOk(r, FACILITATOR, "notes.add", { id: `note_secret_${String(i).padStart(3, "0")}`, eventId: event.id, text: `${marker} said the lift is broken (${i})` });
    }
    callOk(r, FACILITATOR, "notes.add", { id: "note_kept_0001", eventId: other.id, text: "The other event's note stays" });
    const before = await r.store.backup(); // an older backup holds it, as expected
    expect(filesHolding(r.dir, marker).length).toBeGreaterThan(0);
    const seen: Change[] = [];
    r.room.subscribe(FACILITATOR, event.id, 0, (c) => seen.push(c));

    const res = callOk(r, FACILITATOR, "events.delete", { eventId: event.id, confirmTitle: `Event of ${marker}` });
    expect(res).toEqual({ eventId: event.id, deleted: true });
    await Promise.resolve();
    expect(seen.at(-1)?.command).toBe(RELOAD_EVENT); // open screens learn it is gone
    const after = await r.store.backup();

    r.db.pragma("wal_checkpoint(TRUNCATE)");
    const holding = filesHolding(r.dir, marker);
    expect(holding).toEqual([join(r.dir, BACKUP_DIR, before.name)]); // not the .db, not the -wal, not the new backup
    expect(holding).not.toContain(join(r.dir, BACKUP_DIR, after.name));
    expect(count(r.db, "SELECT COUNT(*) AS n FROM change WHERE event_id = ?", event.id)).toBe(0);
    expect(count(r.db, "SELECT COUNT(*) AS n FROM applied_command WHERE result LIKE ?", `%${marker}%`)).toBe(0);
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: other.id }).note.map((n) => n.text)).toEqual(["The other event's note stays"]);
    expect(r.room.call(FACILITATOR, { method: "events.snapshot", input: { eventId: event.id } })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });

  it("never hands out a sequence number again after deleting the newest changes", () => {
    const r = rooms.start();
    const keep = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const gone = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Gone" }));
    const last = callOk(r, FACILITATOR, "notes.add", { id: "note_gone_0001", eventId: gone.id, text: "x" });
    callOk(r, FACILITATOR, "events.delete", { eventId: gone.id, confirmTitle: "Gone" });
    const next = callOk(r, FACILITATOR, "notes.add", { id: "note_keep_0001", eventId: keep.id, text: "y" });
    expect(next.createdSeq).toBeGreaterThan(last.createdSeq + 1);
  });
});

describe("retention", () => {
  const rooms = useRooms();

  it("is set per event, between 1 and 120 months or off", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    expect(event.retentionMonths).toBeNull();
    expect(callOk(r, FACILITATOR, "events.setRetention", { eventId: event.id, months: 6 }).retentionMonths).toBe(6);
    for (const months of [0, 121, 2.5, "6"]) {
      const res = r.room.call(FACILITATOR, { method: "events.setRetention", input: { eventId: event.id, months }, commandId: `cmd_ret_${String(months).replace(".", "_")}x` });
      expect(res, String(months)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
    expect(callOk(r, FACILITATOR, "events.setRetention", { eventId: event.id, months: null }).retentionMonths).toBeNull();
  });

  it("deletes the notes of an event past its keeping time, keeps the event, and leaves no copy of their words", () => {
    const r = rooms.start();
    const marker = "RTN-marker-5521";
    const old = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Spring event", date: "2026-01-31" }));
    const recent = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Autumn event", date: "2026-10-01" }));
    for (const e of [old, recent]) {
      callOk(r, FACILITATOR, "events.setRetention", { eventId: e.id, months: 1 });
      callOk(r, FACILITATOR, "notes.add", { id: `note_${e.id.slice(0, 12)}`, eventId: e.id, text: `${marker} in ${e.title}` });
    }
    const seen: Change[] = [];
    r.room.subscribe(FACILITATOR, old.id, 0, (c) => seen.push(c));

    expect(applyRetention(r.room, "2026-02-27")).toBe(0); // 31 Jan + 1 month is 28 Feb
    expect(applyRetention(r.room, "2026-02-28")).toBe(1);
    expect(applyRetention(r.room, "2026-02-28")).toBe(0); // once

    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: old.id })).toMatchObject({ event: { title: "Spring event" }, note: [] });
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: recent.id }).note).toHaveLength(1);
    const change = r.db.prepare(`SELECT payload FROM change WHERE command = ?`).get(RETENTION_COMMAND) as { payload: string };
    expect(change.payload).not.toContain(marker);
    expect(r.db.prepare(`SELECT COUNT(*) AS n FROM change WHERE payload LIKE ?`).get(`%${marker} in Spring%`)).toEqual({ n: 0 });
    expect(r.db.prepare(`SELECT COUNT(*) AS n FROM applied_command WHERE result LIKE ?`).get(`%${marker} in Spring%`)).toEqual({ n: 0 });
    r.db.pragma("wal_checkpoint(TRUNCATE)");
    expect(readFileSync(join(r.dir, DB_FILE)).includes(Buffer.from(`${marker} in Spring`))).toBe(false);
    return Promise.resolve().then(() => {
      expect(seen.at(-1)).toMatchObject({ command: RETENTION_COMMAND, deletes: [{ kind: "note" }] });
    });
  });

  it("runs when the room starts", () => {
    const first = rooms.start();
    const e = callOk(first, FACILITATOR, "events.create", sampleEvent({ date: "2020-01-01" }));
    callOk(first, FACILITATOR, "events.setRetention", { eventId: e.id, months: 3 });
    callOk(first, FACILITATOR, "notes.add", { id: "note_expired_01", eventId: e.id, text: "old words" });
    first.close();
    const again = rooms.start(first.dir);
    expect(callOk(again, FACILITATOR, "events.snapshot", { eventId: e.id }).note).toEqual([]);
  });
});
