import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { exportsFolderDestination } from "../../../src/server/report/export/exports-folder";
import { setUpReportExports } from "../../../src/server/report/set-up";
import { FACILITATOR } from "../../../src/server/room/actor";
import { startRoom } from "../../../src/server/start-room";
import { withExports } from "../support/exports";
import { callOk, useRooms } from "../support/room-fixture";
import { decideAll, exportAndWait, yearOn } from "../support/thread-exports-fixture";
import { upload } from "../support/uploads";
import { BROWSER_TEST_MS } from "../../support/timeouts";

describe("a neighbourhood's exports beyond the file", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  it("the organiser's decisions travel with the neighbourhood's archive: the other copy exports without asking again", () => {
    const a = rooms.start();
    const { hood } = yearOn(a);
    decideAll(a, hood, "progress", "redact");
    const before = callOk(a, FACILITATOR, "neighbourhoods.exportPreview", { neighbourhoodId: hood, kind: "progress" });
    expect(Object.keys(before.decisions).length).toBe(before.findings.length);
    const json = callOk(a, FACILITATOR, "neighbourhoods.archive", { id: hood }).json;
    const dir = rooms.tempDir();
    const b = { ...startRoom(dir), dir };
    try {
      const uploadId = newId();
      upload(b, uploadId, "archive", Buffer.from(json, "utf8"));
      callOk(b, FACILITATOR, "neighbourhoods.importArchive", { uploadId });
      const after = callOk(b, FACILITATOR, "neighbourhoods.exportPreview", { neighbourhoodId: hood, kind: "progress" });
      expect(after.findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
      expect(after.decisions).toEqual(before.decisions);
      expect(JSON.parse(callOk(b, FACILITATOR, "neighbourhoods.archive", { id: hood }).json).content.exportDecisions).toEqual(JSON.parse(json).content.exportDecisions);
    } finally {
      b.close();
    }
  });

  it("in the desktop app a finished sheet opens, or shows in its folder, like the report's files", async () => {
    const r = rooms.start();
    const shown: string[] = [];
    const markdownOnly = { print: () => Promise.reject(new Error("no PDF in this test")) };
    setUpReportExports(r.room, r.dir, { printer: markdownOnly, destination: exportsFolderDestination(r.dir), shell: { open: () => Promise.resolve(), showInFolder: (path) => void shown.push(path) } });
    const { hood } = yearOn(r);
    decideAll(r, hood, "good-news", "redact", { since: "2026-01-01", until: "2026-12-31" });
    const job = await exportAndWait(r, { neighbourhoodId: hood, kind: "good-news", format: "markdown", since: "2026-01-01", until: "2026-12-31" });
    expect(job.canOpen).toBe(true);
    callOk(r, FACILITATOR, "reports.openExport", { exportId: job.id, how: "folder" });
    expect(shown).toEqual([job.path]);
  });
});

describe("a progress report's file quoting an event", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  it("is deleted with that event, as the event's own exports are; the good-news sheet (no quotes) stays", async () => {
    const r = rooms.start();
    withExports(r);
    const { hood } = yearOn(r);
    decideAll(r, hood, "progress", "redact");
    const progress = await exportAndWait(r, { neighbourhoodId: hood, kind: "progress", format: "pdf" });
    const news = await exportAndWait(r, { neighbourhoodId: hood, kind: "good-news", format: "markdown", since: "2026-01-01", until: "2026-12-31" });
    expect([progress.status, news.status]).toEqual(["done", "done"]);
    const event = callOk(r, FACILITATOR, "neighbourhoods.thread", { id: hood }).events[0]!;
    callOk(r, FACILITATOR, "events.delete", { eventId: event.id, confirmTitle: event.title });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(progress.path)).toBe(false);
    expect(existsSync(news.path)).toBe(true);
    expect(r.room.call(FACILITATOR, { method: "neighbourhoods.exportStatus", input: { exportId: progress.id } })).toMatchObject({ ok: false, error: { code: "not_found" } });
  });
});
