import { execFileSync } from "node:child_process";
import { expect, onTestFinished } from "vitest";
import type { ExportFormat, ExportJob } from "../../../src/core";
import { newId } from "../../../src/api";
import { exportsFolderDestination } from "../../../src/server/report/export/exports-folder";
import { chromiumPrinter } from "../../../src/server/report/pdf/chromium-printer";
import { setUpReportExports } from "../../../src/server/report/set-up";
import { FACILITATOR } from "../../../src/server/room/actor";
import type { RunningRoom } from "../../../src/server/start-room";
import { resolveChromium } from "../../support/chromium";
import { BROWSER_WAIT_MS } from "../../support/timeouts";
import { callOk } from "./room-fixture";

const chromium = await resolveChromium();

/** Browser mode's services on a test room: the real headless-Chromium printer (shut down after the test) and the data folder's exports. */
export function withExports(r: RunningRoom & { dir: string }): void {
  const printer = chromiumPrinter(() => chromium.executablePath);
  onTestFinished(() => printer.close());
  setUpReportExports(r.room, r.dir, { printer, destination: exportsFolderDestination(r.dir) });
}

/** Asks for an export and waits, by asking for its status as a screen does, until it has finished. */
export async function exportAndWait(r: RunningRoom, eventId: string, format: ExportFormat, timeoutMs = BROWSER_WAIT_MS): Promise<ExportJob> {
  const exportId = newId();
  callOk(r, FACILITATOR, "reports.export", { eventId, exportId, format });
  const end = Date.now() + timeoutMs;
  for (;;) {
    const job = callOk(r, FACILITATOR, "reports.exportStatus", { exportId });
    if (["done", "failed", "cancelled"].includes(job.status)) return job;
    if (Date.now() > end) throw new Error(`export still ${job.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Decides every open finding of the report the same way. */
export function decideAll(r: RunningRoom, eventId: string, action: "redact" | "keep"): void {
  for (const f of callOk(r, FACILITATOR, "reports.preview", { eventId }).findings)
    callOk(r, FACILITATOR, "reports.update", { eventId, edit: { op: "decide", key: f.id, decision: { action } } });
}

/** The PDF's text, with line breaks and runs of spaces made single spaces (a phrase may wrap). */
export const pdfText = (path: string) => execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/gu, " ");

export function expectDone(job: ExportJob): asserts job is ExportJob & { status: "done" } {
  expect(job.error).toBe("");
  expect(job.status).toBe("done");
}
