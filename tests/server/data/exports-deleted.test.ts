import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyRetention } from "../../../src/server/data/retention";
import { exportsFolderDestination } from "../../../src/server/report/export/exports-folder";
import type { ReportServices } from "../../../src/server/report/services";
import { FACILITATOR } from "../../../src/server/room/actor";
import { expectDone, exportAndWait } from "../support/exports";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const noPrinter: ReportServices["printer"] = { print: () => Promise.reject(new Error("no PDF in this test")) };
const services = (dir: string): ReportServices => ({ printer: noPrinter, destination: exportsFolderDestination(dir) });
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("an event's exported files", () => {
  const rooms = useRooms();

  it("are deleted with the event; another event's stay", async () => {
    const dir = rooms.tempDir();
    const r = rooms.start(dir, { backupIntervalMs: 0, reports: services(dir) });
    const gone = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Brook House" }));
    const kept = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "Elm Road" }));
    callOk(r, FACILITATOR, "notes.add", { id: "note_in_export1", eventId: gone.id, text: "A resident's words" });
    const goneFiles = [await exportAndWait(r, gone.id, "archive"), await exportAndWait(r, gone.id, "archive")];
    const keptFile = await exportAndWait(r, kept.id, "archive");
    for (const job of [...goneFiles, keptFile]) expectDone(job);

    callOk(r, FACILITATOR, "events.delete", { eventId: gone.id, confirmTitle: "Brook House" });
    await settle();
    expect(readdirSync(join(dir, "exports"))).toEqual([keptFile.fileName]);
    expect(r.room.db.prepare(`SELECT COUNT(*) AS n FROM report_export`).get()).toEqual({ n: 1 });
  });

  it("are deleted with the notes when the event's keeping time passes, at start too", async () => {
    const dir = rooms.tempDir();
    const first = rooms.start(dir, { backupIntervalMs: 0, reports: services(dir) });
    const old = callOk(first, FACILITATOR, "events.create", sampleEvent({ title: "Spring event", date: "2026-01-31" }));
    const recent = callOk(first, FACILITATOR, "events.create", sampleEvent({ title: "Autumn event", date: "2026-10-01" }));
    callOk(first, FACILITATOR, "events.setRetention", { eventId: old.id, months: 1 });
    const oldFile = await exportAndWait(first, old.id, "archive");
    const recentFile = await exportAndWait(first, recent.id, "archive");
    expectDone(oldFile);
    expectDone(recentFile);
    callOk(first, FACILITATOR, "notes.add", { id: "note_expires_01", eventId: old.id, text: "Words past their time" });

    applyRetention(first.room, "2026-02-28");
    await settle();
    expect(existsSync(oldFile.path)).toBe(false);
    expect(existsSync(recentFile.path)).toBe(true);
    expect(callOk(first, FACILITATOR, "reports.exportStatus", { exportId: recentFile.id }).status).toBe("done");
    expect(first.room.call(FACILITATOR, { method: "reports.exportStatus", input: { exportId: oldFile.id } })).toMatchObject({ ok: false, error: { code: "not_found" } });

    // At start: retention runs as the room opens, with its exports already set up.
    const later = await exportAndWait(first, old.id, "archive");
    expectDone(later);
    callOk(first, FACILITATOR, "notes.add", { id: "note_expires_02", eventId: old.id, text: "More old words" });
    first.close();
    rooms.start(dir, { backupIntervalMs: 0, reports: services(dir) });
    await settle();
    expect(existsSync(later.path)).toBe(false);
    expect(readdirSync(join(dir, "exports"))).toEqual([recentFile.fileName]);
  });

  it("are only ever deleted inside the exports folder", async () => {
    const dir = rooms.tempDir();
    const outside = join(dir, "mine");
    mkdirSync(outside);
    writeFileSync(join(outside, "report.md"), "the person's own file");
    await exportsFolderDestination(dir).discard?.([join(outside, "report.md"), join(dir, "exports", "..", "mine", "report.md")]);
    expect(existsSync(join(outside, "report.md"))).toBe(true);
  });
});
