import { createHash } from "node:crypto";
import { z } from "zod";
import { ContactChannel, IsoDate, ReportDraft, ReportSent } from "../../../core";
import { EventSnapshot } from "../../../api";

export const ARCHIVE_FORMAT = "hearth-event-archive";
/** Bump when the content changes shape; an archive from a newer Hearth is refused with a clear message. */
export const ARCHIVE_VERSION = 1;
export const ARCHIVE_MAX_BYTES = 48 * 1024 * 1024;
/** Who typed an archived paper count, as the importing copy shows it: devices do not travel. */
export const ARCHIVE_ENTERED_BY = "imported";

/**
 * One event whole: EventSnapshot's collections (so a new kind of entity there fails to
 * compile in buildArchive until the archive carries it, and ARCHIVE_VERSION is bumped),
 * plus its report draft, logo and sending record.
 */
export const ArchiveContent = EventSnapshot.omit({ seq: true, serverTime: true }).extend({
  report: z.object({ draft: ReportDraft, logo: z.base64().nullable(), sent: ReportSent.nullable() }),
});
export type ArchiveContent = z.infer<typeof ArchiveContent>;

/**
 * Residents' contacts, only in an archive the organiser chose to export with them: outside
 * `content`, under a warning of what they are. Another copy of Hearth does not import them.
 */
export const ArchiveContacts = z.object({
  warning: z.string(),
  /** The day they are deleted from the copy that exported them (null while the report is not sent). */
  deleteOn: IsoDate.nullable(),
  contacts: z.array(z.object({ channel: ContactChannel, name: z.string(), detail: z.string() })),
});
export type ArchiveContacts = z.infer<typeof ArchiveContacts>;

export const ARCHIVE_CONTACTS_WARNING =
  "RESIDENTS' CONTACT DETAILS: personal data, given only so that this event's report can be sent to them. Use them for nothing else, keep this file safe, and delete it once the report has gone out. Hearth does not import them into another copy.";

export const EventArchive = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  exportedAt: z.string(),
  hearthVersion: z.string(),
  /** "sha256-<hex>" of the canonical JSON of `content`: a damaged or edited file is refused. */
  checksum: z.string(),
  content: ArchiveContent,
  residentContacts: ArchiveContacts.optional(),
});
export type EventArchive = z.infer<typeof EventArchive>;

/** JSON with object keys sorted at every level, so the same content always has the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const checksumOf = (content: ArchiveContent): string => `sha256-${createHash("sha256").update(canonicalJson(content), "utf8").digest("hex")}`;
