import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportsFolderDestination } from "../../../src/server/report/export/exports-folder";
import type { ReportServices } from "../../../src/server/report/services";
import { FACILITATOR } from "../../../src/server/room/actor";
import { expectDone, exportAndWait } from "../support/exports";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const noPrinter: ReportServices["printer"] = { print: () => Promise.reject(new Error("no PDF in this test")) };

describe("the room's services after a restore", () => {
  const rooms = useRooms();

  it("exports at once after a backup is restored, with no restart", async () => {
    const dir = rooms.tempDir();
    const r = rooms.start(dir, { backupIntervalMs: 0, reports: { printer: noPrinter, destination: exportsFolderDestination(dir) } });
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    expectDone(await exportAndWait(r, event.id, "archive"));
    const backup = await r.store.backup();

    const restored = await r.room.callTask(FACILITATOR, { method: "data.restore", input: { name: backup.name } });
    expect(restored).toMatchObject({ ok: true });
    expect(r.room.db).not.toBe(r.db); // the database object was swapped under the room

    const after = await exportAndWait(r, event.id, "archive");
    expectDone(after);
    expect(existsSync(after.path)).toBe(true);
    // Backups and restore keep working on the new database too.
    expect((await r.room.callTask(FACILITATOR, { method: "data.status", input: {} })).ok).toBe(true);
  });

  it("a room started without report services refuses exports in words", () => {
    const r = rooms.start(rooms.tempDir(), { backupIntervalMs: 0 });
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    const res = r.room.call(FACILITATOR, { method: "reports.export", input: { eventId: event.id, exportId: "exp_not_set_up", format: "archive" }, commandId: "cmd_not_set_up" });
    expect(res).toMatchObject({ ok: false, error: { code: "unavailable", message: "Exporting is not set up in this copy of Hearth." } });
  });
});
