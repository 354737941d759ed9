import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { localToday, addDays, type ExportJob } from "../../../src/core";
import { applyContactRetention } from "../../../src/server/data/contact-retention";
import { EventArchive } from "../../../src/server/report/archive/format";
import { exportsFolderDestination } from "../../../src/server/report/export/exports-folder";
import type { ReportServices } from "../../../src/server/report/services";
import { FACILITATOR } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";

const noPrinter: ReportServices["printer"] = { print: () => Promise.reject(new Error("no PDF in this test")) };
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const EMAIL = "archived.resident-marker@example.org";

async function exportArchive(r: RunningRoom, eventId: string, withContacts: boolean): Promise<ExportJob> {
  const exportId = newId();
  callOk(r, FACILITATOR, "reports.export", { eventId, exportId, format: "archive", withContacts });
  for (let i = 0; i < 200; i++) {
    const job = callOk(r, FACILITATOR, "reports.exportStatus", { exportId });
    if (job.status === "done") return job;
    await settle();
  }
  throw new Error("the archive did not finish");
}

describe("an event archive and residents' contacts", () => {
  const rooms = useRooms();

  it("leaves them out unless the organiser chooses; chosen, they are marked, named in the file name and never imported", async () => {
    const dir = rooms.tempDir();
    const r = rooms.start(dir, { backupIntervalMs: 0, reports: { printer: noPrinter, destination: exportsFolderDestination(dir) } });
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent());
    callOk(r, FACILITATOR, "contacts.leave", { eventId: event.id, contact: { channel: "email", name: "Ada", detail: EMAIL } });

    const plain = await exportArchive(r, event.id, false);
    expect(readFileSync(plain.path, "utf8")).not.toContain("resident-marker");
    expect(plain.withContacts).toBe(false);

    const marked = await exportArchive(r, event.id, true);
    expect(marked.withContacts).toBe(true);
    expect(marked.fileName).toMatch(/event archive WITH RESIDENTS' CONTACTS\.hearth\.json$/);
    const text = readFileSync(marked.path, "utf8");
    expect(text.indexOf("RESIDENTS' CONTACT DETAILS")).toBeLessThan(text.indexOf('"content"'));
    const archive = EventArchive.parse(JSON.parse(text));
    expect(archive.residentContacts).toMatchObject({ deleteOn: null, contacts: [{ channel: "email", name: "Ada", detail: EMAIL }] });

    // Only the archive carries them.
    const wrong = r.room.call(FACILITATOR, { method: "reports.export", input: { eventId: event.id, exportId: newId(), format: "csv", withContacts: true }, commandId: newId() });
    expect(wrong).toMatchObject({ ok: false, error: { code: "invalid_input", message: expect.stringMatching(/Only the event archive/) } });

    // Imported as a copy elsewhere: the contacts stay behind.
    const upload = newId();
    const bytes = readFileSync(marked.path);
    callOk(r, FACILITATOR, "uploads.chunk", { uploadId: upload, purpose: "archive", index: 0, total: 1, data: bytes.toString("base64") });
    const copy = callOk(r, FACILITATOR, "archives.import", { uploadId: upload, mode: "copy", copyId: newId() });
    expect(callOk(r, FACILITATOR, "contacts.view", { eventId: copy.id }).contacts).toEqual([]);
  });

  it("deletes an archive exported with the contacts when they are deleted; one without them stays", async () => {
    const dir = rooms.tempDir();
    const r = rooms.start(dir, { backupIntervalMs: 0, reports: { printer: noPrinter, destination: exportsFolderDestination(dir) } });
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ date: "2026-11-14" }));
    callOk(r, FACILITATOR, "contacts.leave", { eventId: event.id, contact: { channel: "email", detail: EMAIL } });
    const plain = await exportArchive(r, event.id, false);
    const marked = await exportArchive(r, event.id, true);
    callOk(r, FACILITATOR, "reports.recordSent", { eventId: event.id, sent: { sentOn: localToday(), channels: ["emailed"], note: "" } });

    expect(applyContactRetention(r.room, addDays(localToday(), 30))).toBe(1);
    await settle();
    expect(existsSync(marked.path)).toBe(false);
    expect(existsSync(plain.path)).toBe(true);
    for (const f of readdirSync(join(dir, "exports"))) expect(readFileSync(join(dir, "exports", f), "utf8")).not.toContain("resident-marker");
    expect(r.room.call(FACILITATOR, { method: "reports.exportStatus", input: { exportId: marked.id } })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
