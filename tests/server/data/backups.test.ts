import Database from "better-sqlite3";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { RELOAD_EVENT, type Change } from "../../../src/core";
import { BACKUP_DIR, BackupStore, checkFile } from "../../../src/server/db/backups";
import { migrate, schemaVersion } from "../../../src/server/db/migrate";
import { migrations } from "../../../src/server/db/migrations";
import { DB_FILE } from "../../../src/server/db/open";
import { FACILITATOR } from "../../../src/server/room/actor";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const noteCount = (db: Database.Database) => (db.prepare("SELECT COUNT(*) AS n FROM note").get() as { n: number }).n;

describe("backups", () => {
  const rooms = useRooms();

  it("writes a verified, self-contained copy under a final name, and lists it", async () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    callOk(r, FACILITATOR, "notes.add", { id: "note_backup_01", eventId: event.id, text: "Damp in the flats" });
    const info = await r.store.backup();
    expect(info.reason).toBe("manual");
    expect(info.name).toMatch(/^hearth-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-manual\.db$/);
    const path = join(r.dir, BACKUP_DIR, info.name);
    expect(readdirSync(join(r.dir, BACKUP_DIR))).toEqual([info.name]); // no temporary or -wal file left
    expect(checkFile(path, true)).toBe("ok");
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    expect(noteCount(copy)).toBe(1);
    copy.close();
    const status = await r.room.callTask(FACILITATOR, { method: "data.status", input: {} });
    expect(status).toMatchObject({ ok: true, value: { backups: [{ name: info.name, size: info.size }], notice: null } });
  });

  it("discards a backup that fails its integrity check, and says so", () => {
    const r = rooms.start();
    callOk(r, FACILITATOR, "events.create", sampleEvent());
    const store = new BackupStore(r.dir);
    const image = r.db.serialize();
    image.fill(0x41, 4096, 8192); // a page of garbage, header intact
    vi.spyOn(r.db, "serialize").mockReturnValue(image);
    expect(() => store.createSync(r.db, "manual")).toThrow(/failed its integrity check .* discarded/);
    expect(readdirSync(store.dir)).toEqual([]);
  });

  it("keeps only the newest backups", async () => {
    const r = rooms.start();
    const store = new BackupStore(r.dir, 3);
    for (let i = 0; i < 5; i++) await store.create(r.db, "scheduled", new Date(Date.UTC(2026, 10, 22, 7, 0, i)));
    expect(store.list().map((b) => b.at)).toEqual(["2026-11-22T07:00:04.000Z", "2026-11-22T07:00:03.000Z", "2026-11-22T07:00:02.000Z"]);
  });

  it("removes a temporary file a crash left mid-backup, and never lists it", () => {
    const dir = rooms.tempDir();
    const store = new BackupStore(dir);
    rooms.start(dir).close();
    mkdirSync(store.dir, { recursive: true });
    writeFileSync(join(store.dir, ".tmp-2026-11-22T07-00-00-000Z-1-1.db"), "half a backup");
    expect(store.list()).toEqual([]);
    rooms.start(dir);
    expect(existsSync(join(store.dir, ".tmp-2026-11-22T07-00-00-000Z-1-1.db"))).toBe(false);
  });

  it("backs up before migrating an older database, and not a new one", () => {
    const dir = rooms.tempDir();
    rooms.start(dir).close();
    expect(new BackupStore(dir).list()).toEqual([]); // a new file: nothing to keep
    mkdirSync(join(dir, "old"));
    const old = new Database(join(dir, "old", DB_FILE));
    migrate(old, migrations, 20);
    old.close();
    rooms.start(join(dir, "old"));
    const backups = new BackupStore(join(dir, "old")).list();
    expect(backups.map((b) => b.reason)).toEqual(["before-migration"]);
    const copy = new Database(join(dir, "old", BACKUP_DIR, backups[0]!.name), { readonly: true });
    expect(schemaVersion(copy)).toBe(20);
    copy.close();
  });

  it("backs up on schedule only when something changed", async () => {
    const r = rooms.start(undefined, { backupIntervalMs: 0 });
    expect(await r.store.backupIfChanged()).toBeUndefined(); // a new, empty room
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const first = await r.store.backupIfChanged();
    expect(first?.reason).toBe("scheduled");
    expect(await r.store.backupIfChanged()).toBeUndefined();
    callOk(r, FACILITATOR, "notes.add", { id: "note_sched_01", eventId: event.id, text: "Bins" });
    expect((await r.store.backupIfChanged())?.reason).toBe("scheduled");
  });

  it("runs the schedule by itself", async () => {
    const r = rooms.start(undefined, { backupIntervalMs: 20 });
    callOk(r, FACILITATOR, "events.create", sampleEvent());
    await vi.waitFor(() => expect(r.store.backups.list().map((b) => b.reason)).toContain("scheduled"), { timeout: 5000 });
  });
});

describe("restore", () => {
  const rooms = useRooms();

  it("replaces the data with a backup, after backing up the current data, and tells open screens to reload", async () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    callOk(r, FACILITATOR, "notes.add", { id: "note_before_01", eventId: event.id, text: "In the backup" });
    const backup = await r.store.backup();
    callOk(r, FACILITATOR, "notes.add", { id: "note_after_001", eventId: event.id, text: "Only in the current data" });
    const seen: Change[] = [];
    r.room.subscribe(FACILITATOR, event.id, 0, (c) => seen.push(c));
    const highBefore = seen.at(-1)!.seq;

    const res = await r.room.callTask(FACILITATOR, { method: "data.restore", input: { name: backup.name } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const { savedAs } = res.value as { savedAs: { name: string; reason: string } };
    expect(savedAs.reason).toBe("before-restore");
    expect(callOk(r, FACILITATOR, "events.snapshot", { eventId: event.id }).note.map((n) => n.id)).toEqual(["note_before_01"]);
    const saved = new Database(join(r.dir, BACKUP_DIR, savedAs.name), { readonly: true });
    expect(noteCount(saved)).toBe(2); // the data replaced is kept
    saved.close();

    // Screens are told to reload, with a number above everything they saw; new changes follow it.
    const reload = seen.at(-1)!;
    expect(reload.command).toBe(RELOAD_EVENT);
    expect(reload.seq).toBeGreaterThan(highBefore);
    const later = callOk(r, FACILITATOR, "notes.add", { id: "note_after_002", eventId: event.id, text: "After the restore" });
    expect(later.createdSeq).toBeGreaterThan(reload.seq);
    // A screen that was offline catches the reload when it comes back.
    const caughtUp: Change[] = [];
    r.room.subscribe(FACILITATOR, event.id, highBefore, (c) => caughtUp.push(c));
    expect(caughtUp[0]?.command).toBe(RELOAD_EVENT);
    expect(checkFile(join(r.dir, DB_FILE), true)).toBe("ok");
  });

  it("refuses a damaged backup, an unknown name or a path, and changes nothing", async () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const backup = await r.store.backup();
    writeFileSync(join(r.dir, BACKUP_DIR, backup.name), "not a database any more".repeat(300));
    const damaged = await r.room.callTask(FACILITATOR, { method: "data.restore", input: { name: backup.name } });
    expect(damaged).toMatchObject({ ok: false, error: { code: "unavailable", message: expect.stringMatching(/damaged.*nothing was changed/) } });
    for (const name of ["hearth-nope.db", `../${DB_FILE}`, "../../etc/passwd"]) {
      const res = await r.room.callTask(FACILITATOR, { method: "data.restore", input: { name } });
      expect(res).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    expect(callOk(r, FACILITATOR, "events.list", {}).map((e) => e.id)).toEqual([event.id]);
  });

  it("is for the facilitator only", async () => {
    const r = rooms.start();
    const res = await r.room.callTask({ deviceId: "phone-1", role: "notetaker" }, { method: "data.backup", input: {} });
    expect(res).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
