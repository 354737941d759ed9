import { uploads } from "../../db/repos/uploads";
import { buildNeighbourhoodArchive, importNeighbourhoodArchive } from "../../thread/archive";
import { readNeighbourhoodArchive } from "../../thread/archive-format";
import type { HandlersOf } from "../handler";
import { threadOutcome } from "../../thread/records";
import { RoomError } from "../../room-error";

/** A file name made only of safe characters, whatever the neighbourhood is called. */
const fileNameFor = (name: string, date: string) => `${name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "neighbourhood"}-${date}.hearth-neighbourhood.json`;

export const neighbourhoodArchiveHandlers: HandlersOf<"neighbourhoods.archive" | "neighbourhoods.importArchive"> = {
  "neighbourhoods.archive": (db, { id }) => {
    const archive = buildNeighbourhoodArchive(db, id);
    return { fileName: fileNameFor(archive.content.neighbourhood.name, archive.exportedAt.slice(0, 10)), json: `${JSON.stringify(archive, null, 1)}\n` };
  },

  "neighbourhoods.importArchive": ({ db, seq, at }, { uploadId }) => {
    const bytes = uploads.assemble(db, uploadId, "archive");
    if (!bytes) throw new RoomError("invalid_input", "That file has not fully arrived; choose it again.");
    const read = readNeighbourhoodArchive(bytes);
    if (!read.ok) throw new RoomError("invalid_input", read.message);
    const { neighbourhood, upserts } = importNeighbourhoodArchive(db, read.archive.content, seq, at);
    uploads.drop(db, uploadId);
    return threadOutcome(neighbourhood.id, neighbourhood, upserts);
  },
};
