import { getEvent } from "../../db/repos/events";
import { uploads } from "../../db/repos/uploads";
import type { EventArchive } from "../../report/archive/format";
import { importArchive } from "../../report/archive/import-archive";
import { readArchive } from "../../report/archive/read-archive";
import { roomOutcome, type HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import type { ReadonlyDatabase } from "../../db/prepared";

function uploadedArchive(db: ReadonlyDatabase, uploadId: string): EventArchive {
  const bytes = uploads.assemble(db, uploadId, "archive");
  if (!bytes) throw new RoomError("invalid_input", "That file has not fully arrived; choose it again.");
  const read = readArchive(bytes);
  if (!read.ok) throw new RoomError("invalid_input", read.message);
  return read.archive;
}

export const archiveHandlers: HandlersOf<"uploads.chunk" | "archives.preview" | "archives.import"> = {
  /** One piece of a file sent from a screen; a chunk sent twice is stored once. Nothing is pushed to other screens. */
  "uploads.chunk": ({ db, at }, { uploadId, purpose, index, total, data }) => {
    if (!uploads.begin(db, uploadId, purpose, total, at)) throw new RoomError("conflict", "Another upload already has that id.");
    uploads.putChunk(db, uploadId, index, Buffer.from(data, "base64"));
    const { count } = uploads.received(db, uploadId);
    return roomOutcome({ received: count, total });
  },

  "archives.preview": (db, { uploadId }) => {
    const { content, exportedAt, hearthVersion } = uploadedArchive(db, uploadId);
    const e = content.event;
    return {
      eventId: e.id,
      title: e.title,
      date: e.date,
      neighbourhood: e.neighbourhood,
      partnership: e.partnership,
      exportedAt,
      hearthVersion,
      counts: {
        notes: content.note.filter((n) => !n.deleted && n.mergedInto === null).length,
        themes: content.theme.filter((t) => !t.deleted).length,
        actions: content.action.filter((a) => !a.deleted).length,
        prompts: content.prompt.length,
        stages: content.stage.length,
      },
      exists: getEvent(db, e.id) !== undefined,
    };
  },

  "archives.import": ({ db, seq, at }, { uploadId, mode, copyId }) => {
    const archive = uploadedArchive(db, uploadId);
    const { event, upserts } = importArchive(db, archive.content, mode, copyId, seq, at);
    uploads.drop(db, uploadId);
    return { value: event, eventId: event.id, upserts };
  },
};
