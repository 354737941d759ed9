// A room in a process of its own that starts a PDF export and then hangs at the worst moment:
// every byte written under the temporary name, not yet flushed and renamed. The test kills
// it there (SIGKILL) and looks at what is left. Started by fork() with tsx; talks over IPC.
// Argument: the data folder, and the Chromium to print with.
import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import { newId } from "../../../src/api";
import { exportsFolderDestination } from "../../../src/server/report/export/exports-folder";
import { chromiumPrinter } from "../../../src/server/report/pdf/chromium-printer";
import { FACILITATOR } from "../../../src/server/room/actor";
import { startRoom } from "../../../src/server/start-room";

const [dataDir, chromium] = process.argv.slice(2);
if (!dataDir || !chromium || !process.send) throw new Error("usage: fork(export-crash-child.ts, [dataDir, chromiumPath])");
const send = (m: object) => process.send!(m);

const running = startRoom(dataDir, { reports: { printer: chromiumPrinter(() => chromium), destination: exportsFolderDestination(dataDir) } });

// The file handle's flush is where atomic-write.ts stands between writing and renaming: make
// it report how much is written and never return. (SQLite's own syncs do not go through here.)
const probePath = join(dataDir, "probe");
const probe = await open(probePath, "w");
const FileHandle = Object.getPrototypeOf(probe) as { sync(this: { stat(): Promise<{ size: number }> }): Promise<void> };
await probe.close();
await rm(probePath);
FileHandle.sync = async function () {
  send({ stuck: true, written: (await this.stat()).size });
  return new Promise<void>(() => undefined);
};

const call = (method: string, input: unknown) => {
  const r = running.room.call(FACILITATOR, { method, input, commandId: newId() });
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as { id: string };
};
const event = call("events.create", { id: newId(), title: "Brook House residents' meeting", date: "2026-11-14" });
for (const text of ["The lifts are broken again", "لا توجد إضاءة في الحديقة ليلاً", "Nowhere for young people to go"]) call("notes.add", { id: newId(), eventId: event.id, text });
const exportId = newId();
call("reports.export", { eventId: event.id, exportId, format: "pdf" });
send({ exportId });
