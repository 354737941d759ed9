import { z } from "zod";
import { FRAME_PAYLOAD_BYTES, HearthEvent, Id, IsoDate, EventId } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

/** Bytes of file per message (9 KiB): their base64 (4 characters for every 3 bytes) fills what a frame carries. */
export const UPLOAD_CHUNK_BYTES = (FRAME_PAYLOAD_BYTES / 4) * 3;
export const UPLOAD_LIMITS = { logo: 512 * 1024, archive: 48 * 1024 * 1024 } as const;

export const UploadChunkInput = z
  .strictObject({
    uploadId: Id,
    purpose: z.enum(["logo", "archive"]),
    index: z.number().int().nonnegative(),
    total: z.number().int().positive(),
    data: z.base64("a chunk is base64").max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4, `a chunk is at most ${UPLOAD_CHUNK_BYTES / 1024} KiB`),
  })
  .refine((c) => c.index < c.total, "the chunk index is past the end")
  .refine((c) => c.total * UPLOAD_CHUNK_BYTES <= UPLOAD_LIMITS[c.purpose] + UPLOAD_CHUNK_BYTES, "that file is too large");

export const ArchivePreview = z.object({
  eventId: EventId,
  title: z.string(),
  date: IsoDate,
  neighbourhood: z.string(),
  partnership: z.string(),
  exportedAt: z.string(),
  hearthVersion: z.string(),
  counts: z.object({ notes: z.number(), themes: z.number(), actions: z.number(), prompts: z.number(), stages: z.number() }),
  /** An event with this id is already here: import as a copy, or cancel. */
  exists: z.boolean(),
});
export type ArchivePreview = z.infer<typeof ArchivePreview>;

export const archiveMethods = {
  "uploads.chunk": command(UploadChunkInput, z.object({ received: z.number(), total: z.number() }), FACILITATOR_ONLY),
  "archives.preview": query(z.strictObject({ uploadId: Id }), ArchivePreview, FACILITATOR_ONLY),
  /** "original" keeps the event's ids (refused if it is already here); "copy" gives everything new ids, under `copyId`. */
  "archives.import": command(
    z.strictObject({ uploadId: Id, mode: z.enum(["original", "copy"]), copyId: Id.optional() }).refine((i) => i.mode === "original" || i.copyId, "a copy needs a new id"),
    HearthEvent,
    FACILITATOR_ONLY,
  ),
} as const;
