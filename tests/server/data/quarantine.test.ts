import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DB_FILE } from "../../../src/server/db/open";
import { QUARANTINE_DIR, quarantineDatabase } from "../../../src/server/db/quarantine";
import { FACILITATOR } from "../../../src/server/room/actor";
import { describeNotice } from "../../../src/server/start-room";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

describe("a damaged data file at start (F3)", () => {
  const rooms = useRooms();

  /** A folder with a real database holding one event, and a verified backup of it. */
  async function folderWithBackup() {
    const r = rooms.start();
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Brook House" }));
    await r.store.backup();
    r.close();
    return { dir: r.dir, event };
  }

  const damages: [string, (path: string) => void][] = [
    ["empty", (p) => writeFileSync(p, "")],
    ["not SQLite", (p) => writeFileSync(p, "these are somebody's notes, not a database\n".repeat(50))],
    ["truncated", (p) => writeFileSync(p, readFileSync(p).subarray(0, 100))],
    [
      "corrupt pages",
      (p) => {
        const bytes = readFileSync(p);
        bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 3)); // the header survives; the pages do not
        writeFileSync(p, bytes);
      },
    ],
  ];

  for (const [kind, damage] of damages) {
    it(`moves a ${kind} file aside with its -wal and -shm, starts empty, and offers the newest good backup`, async () => {
      const { dir, event } = await folderWithBackup();
      const path = join(dir, DB_FILE);
      damage(path);
      writeFileSync(`${path}-wal`, "stale wal");
      writeFileSync(`${path}-shm`, "stale shm");
      const damaged = readFileSync(path);

      const r = rooms.start(dir);
      expect(r.notice).not.toBeNull();
      const notice = r.notice!;
      expect(notice.files).toHaveLength(3);
      expect(notice.files.map((f) => f.slice(f.lastIndexOf(".db")))).toEqual([".db", ".db-wal", ".db-shm"]);
      // Kept byte for byte, never deleted.
      expect(readFileSync(notice.files[0]!).equals(damaged)).toBe(true);
      expect(readFileSync(notice.files[1]!, "utf8")).toBe("stale wal"); // (-shm is only an index SQLite may rebuild)
      // The room runs on a new, empty file.
      expect(callOk(r, FACILITATOR, "events.list", {})).toEqual([]);
      expect(notice.newestGoodBackup?.reason).toBe("manual");
      expect(describeNotice(notice)).toMatch(/could not be read .*moved aside/);
      expect(describeNotice(notice)).toMatch(/newest good backup is from/);

      // The offered backup restores the event.
      const restored = await r.room.callTask(FACILITATOR, { method: "data.restore", input: { name: notice.newestGoodBackup!.name } });
      expect(restored.ok).toBe(true);
      expect(callOk(r, FACILITATOR, "events.list", {}).map((e) => e.id)).toEqual([event.id]);
    });
  }

  it("never overwrites an earlier quarantined file, even at the same moment", () => {
    const dir = rooms.tempDir();
    const when = new Date("2026-11-22T07:00:00.000Z");
    writeFileSync(join(dir, DB_FILE), "first");
    const first = quarantineDatabase(dir, DB_FILE, when);
    writeFileSync(join(dir, DB_FILE), "second");
    const second = quarantineDatabase(dir, DB_FILE, when);
    expect(first[0]).not.toBe(second[0]);
    expect(readFileSync(first[0]!, "utf8")).toBe("first");
    expect(readFileSync(second[0]!, "utf8")).toBe("second");
    expect(readdirSync(join(dir, QUARANTINE_DIR))).toHaveLength(2);
    expect(existsSync(join(dir, DB_FILE))).toBe(false);
  });

  it("does not start a crash loop: the next start after a quarantine is a normal one", () => {
    const dir = rooms.tempDir();
    writeFileSync(join(dir, DB_FILE), "junk".repeat(100));
    const first = rooms.start(dir);
    expect(first.notice).not.toBeNull();
    first.close();
    const second = rooms.start(dir);
    expect(second.notice).toBeNull();
  });

  it("says there is no backup when there is none", () => {
    const dir = rooms.tempDir();
    writeFileSync(join(dir, DB_FILE), "");
    const r = rooms.start(dir);
    expect(r.notice?.newestGoodBackup).toBeNull();
    expect(describeNotice(r.notice!)).toMatch(/no backup to restore/);
  });
});
