import Database from "better-sqlite3";
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newId } from "../../../src/api";
import { FACILITATOR } from "../../../src/server/room/actor";
import { SoakFacilitator } from "../../../scripts/soak/facilitator";
import { HearthProcess } from "../../../scripts/soak/hearth-process";
import { sleep } from "../../../scripts/soak/notetaker";
import { resolveChromium } from "../../support/chromium";
import { expectDone, exportAndWait, withExports } from "../support/exports";
import { callOk, useRooms } from "../support/room-fixture";
import { BROWSER_TEST_MS } from "../../support/timeouts";

// Hearth killed during a PDF export leaves no half-written
// file under the final name (atomic-write.ts writes a hidden temporary file, flushes it, then
// renames it), and the next start marks the export failed in words.

const INTERRUPTED = /^Hearth stopped before this export finished; nothing was written under its name\. Export again\.$/u;
const chromium = await resolveChromium();
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
/** A whole PDF: its header, and the end-of-file marker a truncated one lacks. */
const wholePdf = (path: string) => {
  const bytes = readFileSync(path);
  return bytes.subarray(0, 5).toString("latin1") === "%PDF-" && bytes.subarray(-8).toString("latin1").includes("%%EOF");
};

describe("F5: killed during a PDF export", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  it("between writing the bytes and renaming them: nothing under the final name; the next start fails the export and later clears the temporary file", async () => {
    const dataDir = join(rooms.tempDir(), "data");
    const child = fork(join(import.meta.dirname, "..", "support", "export-crash-child.ts"), [dataDir, chromium.executablePath], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    const seen: { exportId?: string; written?: number } = {};
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the export never reached its flush")), 30_000);
        child.on("message", (m: { exportId?: string; stuck?: boolean; written?: number }) => {
          if (m.exportId) seen.exportId = m.exportId;
          if (m.stuck) (seen.written = m.written, clearTimeout(timer), resolve());
        });
        child.once("exit", (code) => reject(new Error(`the room exited early (${code})`)));
      });
    } finally {
      child.kill("SIGKILL");
      await exited;
    }
    const finalName = "Brook House residents' meeting 2026-11-14 feedback report.pdf";
    const exportsDir = join(dataDir, "exports");
    // What the kill left: the whole PDF under a hidden temporary name, nothing under the final one.
    const left = readdirSync(exportsDir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.Brook House residents' meeting 2026-11-14 feedback report\.pdf\.[0-9a-f]{12}\.part$/u);
    expect(seen.written).toBeGreaterThan(10_000);
    expect(statSync(join(exportsDir, left[0]!)).size).toBe(seen.written);
    expect(existsSync(join(exportsDir, finalName))).toBe(false);

    // The next start: the export is failed in words, a new one is written whole, and the stray file stays until it is old.
    const r = rooms.start(dataDir);
    withExports(r);
    const job = callOk(r, FACILITATOR, "reports.exportStatus", { exportId: seen.exportId! });
    expect(job).toMatchObject({ status: "failed", downloadUrl: null });
    expect(job.error).toMatch(INTERRUPTED);
    const again = await exportAndWait(r, job.eventId, "pdf");
    expectDone(again);
    expect(again.fileName).toBe(finalName);
    expect(wholePdf(again.path)).toBe(true);
    expect(readdirSync(exportsDir).sort()).toEqual([left[0], finalName].sort());
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(exportsDir, left[0]!), twoHoursAgo, twoHoursAgo);
    withExports(r); // as the next start does
    await expect.poll(() => readdirSync(exportsDir), { timeout: 5_000 }).toEqual([finalName]);
  }, BROWSER_TEST_MS);

  it("a real `hearth serve` killed at random moments of PDF exports: every file under a final name is a whole, recorded PDF, and each export cut short says so", async () => {
    const dataDir = join(rooms.tempDir(), "data");
    const proc = new HearthProcess(dataDir, { HEARTH_CHROMIUM: chromium.executablePath });
    await proc.start();
    const host = new SoakFacilitator(proc.url);
    const steps: string[] = [];
    try {
      const event = await host.must("events.create", { id: newId(), title: "Elm Road listening event", date: "2026-11-14" });
      for (const text of ["No shelter at the bus stop", "لا توجد إضاءة في الحديقة ليلاً", "Sąsiedzi są życzliwi"]) await host.must("notes.add", { id: newId(), eventId: event.id, text });
      const status = async (exportId: string) => (await host.must("reports.exportStatus", { exportId })).status;
      const start = async () => {
        const exportId = newId();
        await host.must("reports.export", { eventId: event.id, exportId, format: "pdf" });
        return exportId;
      };
      // One export to its end, to learn how long one takes on this machine.
      const began = Date.now();
      const first = await start();
      while (!["done", "failed"].includes(await status(first))) await sleep(25);
      expect(await status(first)).toBe("done");
      const takes = Date.now() - began;
      // Then kills: one while Chromium prints, three at random moments of an export.
      for (const when of ["printing", "random", "random", "random"] as const) {
        const exportId = await start();
        const until = Date.now() + Math.random() * takes * 1.2;
        let last = await status(exportId);
        while (when === "printing" ? last !== "printing" && last !== "done" : Date.now() < until) last = await status(exportId);
        steps.push(last);
        await proc.kill();
        await proc.start();
      }
    } finally {
      host.close();
      await proc.stop();
    }
    console.log(`F5: exports killed at these steps: ${steps.join(", ")}`);
    expect(steps[0]).toBe("printing");

    const db = new Database(join(dataDir, "hearth.db"), { readonly: true });
    const rows = db.prepare(`SELECT id, status, path, sha256, error FROM report_export ORDER BY requested_at`).all() as { id: string; status: string; path: string; sha256: string; error: string }[];
    db.close();
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(["done", "failed"], row.id).toContain(row.status);
      if (row.status === "failed") expect(row.error).toMatch(INTERRUPTED);
      else expect(sha256(row.path)).toBe(row.sha256);
    }
    expect(rows.filter((r) => r.status === "failed").length).toBeGreaterThanOrEqual(1);
    // Every file under a final name is one of the finished exports, whole; anything else is a hidden temporary file.
    const exportsDir = join(dataDir, "exports");
    for (const name of readdirSync(exportsDir)) {
      if (name.startsWith(".")) {
        expect(name).toMatch(/\.part$/u);
        continue;
      }
      const path = join(exportsDir, name);
      const row = rows.find((r) => r.path === path);
      expect(row?.status, name).toBe("done");
      expect(sha256(path)).toBe(row!.sha256);
      expect(wholePdf(path)).toBe(true);
    }
  }, 2 * BROWSER_TEST_MS);
});
