import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DB_FILE } from "../../../src/server/db/open";
import { FACILITATOR } from "../../../src/server/room/actor";
import { Room } from "../../../src/server/room/room";
import { startRoom, type RunningRoom } from "../../../src/server/start-room";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

/** Adds notes until the room refuses one; returns the ids acknowledged and the refusal. */
function fillUntilRefused(r: { room: Room }, eventId: string, prefix: string, limit = 5000) {
  const acked: string[] = [];
  for (let i = 0; i < limit; i++) {
    const id = `${prefix}_${String(i).padStart(5, "0")}`;
    const res = r.room.call(FACILITATOR, { method: "notes.add", input: { id, eventId, text: `${id} ${"words residents said ".repeat(20)}` }, commandId: `cmd_${id}` });
    if (!res.ok) return { acked, refusal: res.error };
    acked.push(id);
  }
  throw new Error("the disk never filled");
}

const noteIds = (db: Database.Database, eventId: string) =>
  (db.prepare(`SELECT id FROM note WHERE event_id = ? ORDER BY created_seq`).all(eventId) as { id: string }[]).map((r) => r.id);

describe("a full disk (F2)", () => {
  const rooms = useRooms();

  it("refuses writes with a plain message at once, loses nothing acknowledged, and resumes when space returns (max_page_count)", () => {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const pages = r.db.pragma("page_count", { simple: true }) as number;
    r.db.pragma(`max_page_count = ${pages + 8}`);
    const { acked, refusal } = fillUntilRefused(r, event.id, "note_full");
    expect(acked.length).toBeGreaterThan(0);
    expect(refusal).toEqual({ code: "unavailable", message: "The disk is full, so nothing was saved. Free some space and try again." });
    expect(noteIds(r.db, event.id)).toEqual(acked);

    r.db.pragma("max_page_count = 1073741823"); // space returns
    callOk(r, FACILITATOR, "notes.add", { id: "note_after_full", eventId: event.id, text: "Saved once there was room" });
    expect(noteIds(r.db, event.id)).toEqual([...acked, "note_after_full"]);
    expect(r.db.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("refuses writes to a read-only data file with a plain message, and keeps reading", () => {
    const dir = rooms.tempDir();
    const first = startRoom(dir);
    const event = callOk(first, FACILITATOR, "events.create", sampleEvent());
    first.close();
    const db = new Database(join(dir, DB_FILE), { readonly: true });
    try {
      const room = new Room(db);
      const res = room.call(FACILITATOR, { method: "notes.add", input: { id: "note_readonly1", eventId: event.id, text: "x" }, commandId: "cmd_readonly_1" });
      expect(res).toEqual({ ok: false, error: { code: "unavailable", message: "Hearth's data folder cannot be written to, so nothing was saved." } });
      expect(room.call(FACILITATOR, { method: "events.list", input: {} })).toMatchObject({ ok: true, value: [{ id: event.id }] });
    } finally {
      db.close();
    }
  });
});

describe("a full disk, for real: a tiny tmpfs (needs root, as on the project's machines and CI)", () => {
  let mountPoint: string | undefined;
  let running: RunningRoom | undefined;
  afterEach(() => {
    running?.close();
    if (mountPoint) {
      execFileSync("umount", [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    }
  });

  it("refuses at once when the file system is full and resumes after it grows", () => {
    mountPoint = mkdtempSync(join(tmpdir(), "hearth-tmpfs-"));
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1200k", "tmpfs", mountPoint]);
    running = startRoom(mountPoint, { backupIntervalMs: 0 });
    const event = callOk(running, FACILITATOR, "events.create", sampleEvent());
    const { acked, refusal } = fillUntilRefused(running, event.id, "note_tmpfs");
    expect(acked.length).toBeGreaterThan(10);
    expect(refusal.code).toBe("unavailable");
    expect(refusal.message).toMatch(/disk is full|could not write to the disk/);

    execFileSync("mount", ["-o", "remount,size=16m", mountPoint]); // space returns
    callOk(running, FACILITATOR, "notes.add", { id: "note_tmpfs_after", eventId: event.id, text: "Saved once there was room" });
    expect(noteIds(running.db, event.id)).toEqual([...acked, "note_tmpfs_after"]);
    expect(running.db.pragma("integrity_check", { simple: true })).toBe("ok");
    // And after a restart, everything acknowledged is there.
    running.close();
    running = startRoom(mountPoint, { backupIntervalMs: 0 });
    expect(noteIds(running.db, event.id)).toEqual([...acked, "note_tmpfs_after"]);
  });
});
