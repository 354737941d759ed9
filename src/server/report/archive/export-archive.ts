import type { Database } from "better-sqlite3";
import { getEvent } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import { getDraft, getLogo, getSent } from "../../db/repos/reports";
import { prompts, stages } from "../../db/repos/run-sheet";
import { actions, themes } from "../../db/repos/themes";
import { RoomError } from "../../room/room-error";
import { VERSION } from "../../version";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, checksumOf, type ArchiveContent, type EventArchive } from "./format";

/**
 * The event whole, for another copy of Hearth: every stage, prompt, note (deleted and
 * merged ones too, so undo and unmerge still work there), theme and action, and the report.
 * Who typed each note (the device) is not in it.
 */
export function buildArchive(db: Database, eventId: string, now = new Date()): EventArchive {
  const event = getEvent(db, eventId);
  if (!event) throw new RoomError("not_found", "That event does not exist.");
  const logo = getLogo(db, eventId);
  const content: ArchiveContent = {
    event,
    stage: stages.listByEvent(db, eventId, "position"),
    prompt: prompts.listByEvent(db, eventId, "position"),
    note: notes.listByEvent(db, eventId).map((n) => ({ ...n, author: null })),
    theme: themes.listByEvent(db, eventId, "position"),
    action: actions.listByEvent(db, eventId),
    report: { draft: getDraft(db, eventId), logo: logo ? logo.toString("base64") : null, sent: getSent(db, eventId) },
  };
  return { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt: now.toISOString(), hearthVersion: VERSION, checksum: checksumOf(content), content };
}

export const archiveBytes = (archive: EventArchive): Uint8Array => Buffer.from(`${JSON.stringify(archive, null, 1)}\n`, "utf8");
