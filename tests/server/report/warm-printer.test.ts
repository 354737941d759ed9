import { describe, expect, it, onTestFinished } from "vitest";
import { exportsFolderDestination } from "../../../src/server/report/export/exports-folder";
import { chromiumPrinter, launchHeadless } from "../../../src/server/report/pdf/chromium-printer";
import { FACILITATOR } from "../../../src/server/room/actor";
import { resolveChromium } from "../../support/chromium";
import { BROWSER_TEST_MS, BROWSER_WAIT_MS } from "../../support/timeouts";
import { seedElmRoad } from "../support/elm-road-room";
import { decideAll, expectDone, exportAndWait } from "../support/exports";
import { callOk, useRooms } from "../support/room-fixture";

const chromium = await resolveChromium();

/** The real printer, counting how many times it starts a Chromium. */
function countingPrinter(idleMs: number) {
  const launches = { n: 0 };
  const printer = chromiumPrinter(() => chromium.executablePath, {
    idleMs,
    launch: (path) => {
      launches.n++;
      return launchHeadless(path);
    },
  });
  onTestFinished(() => printer.close());
  return { printer, launches };
}

async function until(check: () => boolean, what: string, timeoutMs = BROWSER_WAIT_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`still waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const tiny = { html: "<!doctype html><html lang=en><body><p>Report</p></body></html>", footerHtml: "<span></span>" };

describe("browser mode's printer keeps one Chromium warm", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  it("starts it when the report page asks for its preview, prints every later PDF with it, and shuts it down when Hearth stops", async () => {
    const { printer, launches } = countingPrinter(10 * 60_000);
    const dir = rooms.tempDir();
    const r = rooms.start(dir, { reports: { printer, destination: exportsFolderDestination(dir) } });
    const { event } = seedElmRoad(r);
    expect(printer.running).toBe(false);
    decideAll(r, event.id, "redact"); // asks for the preview, as the report page does
    expect(printer.running).toBe(true);
    expect(launches.n).toBe(1);

    expectDone(await exportAndWait(r, event.id, "pdf"));
    expectDone(await exportAndWait(r, event.id, "pdf"));
    callOk(r, FACILITATOR, "reports.preview", { eventId: event.id });
    expectDone(await exportAndWait(r, event.id, "pdf"));
    expect(launches.n).toBe(1);

    r.close();
    await until(() => !printer.running, "the browser to be shut down");
  });

  it("shuts an idle browser down after its idle time, and starts one again for the next print", async () => {
    const { printer, launches } = countingPrinter(300);
    expect((await printer.print(tiny)).length).toBeGreaterThan(100);
    expect(launches.n).toBe(1);
    await until(() => !printer.running, "the idle browser to be shut down");
    expect((await printer.print(tiny)).length).toBeGreaterThan(100);
    expect(launches.n).toBe(2);
  });

  it("keeps the room answering while a PDF prints (Chromium starting included)", async () => {
    const { printer, launches } = countingPrinter(10 * 60_000);
    const dir = rooms.tempDir();
    const r = rooms.start(dir, { reports: { printer, destination: exportsFolderDestination(dir) } });
    const { event } = seedElmRoad(r);
    decideAll(r, event.id, "redact");
    await printer.close(); // a cold start: the longest print there is
    const exportId = "exp_while_printing";
    callOk(r, FACILITATOR, "reports.export", { eventId: event.id, exportId, format: "pdf" });
    await until(() => callOk(r, FACILITATOR, "reports.exportStatus", { exportId }).status === "printing", "the export to print");

    // While it prints, the event loop keeps turning: the room is asked every 20 ms and answers.
    let answered = 0;
    let longestGap = 0;
    let last = Date.now();
    while (callOk(r, FACILITATOR, "reports.exportStatus", { exportId }).status === "printing") {
      expect(callOk(r, FACILITATOR, "events.list", {}).length).toBeGreaterThan(0);
      answered++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }
    const finished = () => callOk(r, FACILITATOR, "reports.exportStatus", { exportId });
    await until(() => ["done", "failed"].includes(finished().status), "the file to be written");
    expectDone(finished());
    expect(launches.n).toBe(2);
    expect(answered).toBeGreaterThan(5);
    // Generous for a loaded 2-core machine; a printer that blocked the room would stall for the whole print.
    expect(longestGap).toBeLessThan(2000);
  });
});
