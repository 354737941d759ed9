import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExportFormat } from "../../../src/core";
import { chromiumPrinter } from "../../../src/server/report/pdf/chromium-printer";
import { setUpReportExports } from "../../../src/server/report/set-up";
import { FACILITATOR } from "../../../src/server/room/actor";
import { resolveChromium } from "../../support/chromium";
import { expectDone, exportAndWait, pdfText, withExports } from "../support/exports";
import { callOk, sampleEvent, useRooms } from "../support/room-fixture";
import { BROWSER_TEST_MS } from "../../support/timeouts";

// Export file names (`../`, reserved names, bidi controls) through the export jobs: an event
// title is the file's name, so a title
// that names a folder, a device, or hides its type behind bidi controls must still give a
// plain name, written only inside the folder the person chose (the data folder's "exports"
// in browser mode; whatever the save dialog returned in the desktop app). The name function
// itself: tests/unit/core/report/file-name.test.ts.

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

const HOSTILE: [title: string, fileStem: string][] = [
  ["../../../outside/escape", "outside escape 2026-11-14"],
  ["..\\..\\Windows\\System32\\evil", "Windows System32 evil 2026-11-14"],
  ["/etc/passwd", "etc passwd 2026-11-14"],
  ["CON", "CON 2026-11-14"],
  // Windows reads "NUL.txt …" as the NUL device (the name before the first dot counts).
  ["NUL.txt", "NUL_.txt 2026-11-14"],
  ["aux.Notes", "aux_.Notes 2026-11-14"],
  ["Invoice \u202Efdp.exe", "Invoice fdp.exe 2026-11-14"],
  ["Elm\u2066 Road\u2069 \u200Fmeeting\u061C", "Elm Road meeting 2026-11-14"],
  ["Tab\there\nand a new line", "Tab here and a new line 2026-11-14"],
  ["....", "2026-11-14"],
  ['a<b>c:d"e|f?g*h', "a b c d e f g h 2026-11-14"],
];

const SUFFIX: Record<ExportFormat, string> = { pdf: " feedback report.pdf", markdown: " feedback report.md", csv: " notes.csv", archive: " event archive.hearth.json" };

describe("B7: export file names from hostile event titles", { timeout: BROWSER_TEST_MS }, () => {
  const rooms = useRooms();

  /** A room whose data folder sits two levels inside a fresh folder, so an escape upwards would land in view. */
  function nestedRoom() {
    const root = rooms.tempDir();
    const r = rooms.start(join(root, "data", "inner"));
    return { r, root };
  }

  it("writes the CSV, Markdown and archive of each under a plain name, inside the exports folder and nowhere else", async () => {
    const { r, root } = nestedRoom();
    withExports(r);
    const exportsDir = join(r.dir, "exports");
    const before = filesUnder(root);
    const written: string[] = [];
    for (const [title, stem] of HOSTILE) {
      const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ title }));
      callOk(r, FACILITATOR, "notes.add", { id: `note_${event.id.slice(0, 20)}`, eventId: event.id, text: "The bus shelter leaks" });
      for (const format of ["csv", "markdown", "archive"] as const) {
        const job = await exportAndWait(r, event.id, format);
        expectDone(job);
        expect(job.fileName, `${JSON.stringify(title)} as ${format}`).toBe(`${stem}${SUFFIX[format]}`);
        expect(dirname(job.path)).toBe(exportsDir);
        expect(basename(job.path)).toBe(job.fileName);
        expect(existsSync(job.path)).toBe(true);
        written.push(job.fileName);
      }
    }
    // Nothing outside the exports folder changed: no file climbed out, none sits half-written.
    const added = filesUnder(root).filter((f) => !before.includes(f));
    const ownFiles = /^data\/inner\/(exports\/[^/]+|hearth\.db(-wal|-shm)?|backups\/[^/]+)$/u;
    expect(added.filter((f) => !ownFiles.test(f))).toEqual([]);
    expect(readdirSync(exportsDir).sort()).toEqual([...written].sort());
    for (const name of written) {
      expect(name).not.toMatch(/[/\\\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u);
      expect(name.startsWith(".")).toBe(false);
      expect(name.split(".")[0]!.trim().toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/u);
    }
  });

  it("prints the PDF of the worst title under a plain name, the title itself kept whole inside", async () => {
    const { r, root } = nestedRoom();
    withExports(r);
    const title = "../..\\CON\u202Efdp.exe\tNUL";
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ title }));
    callOk(r, FACILITATOR, "notes.add", { id: "note_b7_pdf_001", eventId: event.id, text: "The bus shelter leaks" });
    const job = await exportAndWait(r, event.id, "pdf");
    expectDone(job);
    expect(job.fileName).toBe("CONfdp.exe NUL 2026-11-14 feedback report.pdf");
    expect(job.path).toBe(join(r.dir, "exports", job.fileName));
    expect(filesUnder(join(r.dir, "exports"))).toEqual([job.fileName]);
    expect(existsSync(join(root, "CON"))).toBe(false);
    // The name is made safe, the event's title is not changed: the report prints it as typed.
    expect(pdfText(job.path)).toContain("../..\\CON");
  }, BROWSER_TEST_MS);

  it("in the desktop app, suggests the plain name and writes exactly where the save dialog says", async () => {
    const { r, root } = nestedRoom();
    const chosenDir = join(root, "Chosen folder");
    mkdirSync(chosenDir);
    const suggested: string[] = [];
    const chromium = await resolveChromium();
    setUpReportExports(r.room, r.dir, {
      printer: chromiumPrinter(() => chromium.executablePath),
      destination: {
        delivery: "saved",
        // The person keeps the suggested name in a folder of their own.
        choose: async (name) => (suggested.push(name), join(chosenDir, name)),
      },
    });
    const event = callOk(r, FACILITATOR, "events.create", sampleEvent({ title: "../../Invoice \u202Efdp.exe" }));
    const job = await exportAndWait(r, event.id, "markdown");
    expectDone(job);
    expect(suggested).toEqual(["Invoice fdp.exe 2026-11-14 feedback report.md"]);
    expect(job.path).toBe(join(chosenDir, suggested[0]!));
    expect(readdirSync(chosenDir)).toEqual([suggested[0]]);
    expect(existsSync(join(r.dir, "exports"))).toBe(false);
  });
});
