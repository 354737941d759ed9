import { z } from "zod";
import { Id, EventId } from "../ids";

export const ExportFormat = z.enum(["pdf", "markdown", "csv", "archive"]);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const EXPORT_FORMATS: Readonly<Record<ExportFormat, { label: string; button: string; extension: string; suffix: string; reviewed: boolean }>> = {
  pdf: { label: "PDF report", button: "Export PDF", extension: "pdf", suffix: "feedback report", reviewed: true },
  markdown: { label: "Markdown report", button: "Export Markdown", extension: "md", suffix: "feedback report", reviewed: true },
  csv: { label: "CSV of notes", button: "Export CSV of notes", extension: "csv", suffix: "notes", reviewed: true },
  // The archive carries the event whole, to another copy of Hearth: it is not redacted.
  archive: { label: "Event archive", button: "Export event archive", extension: "hearth.json", suffix: "event archive", reviewed: false },
};

/** queued → (choosing, in the desktop app's save dialog) → rendering → printing (PDF) → writing → done. */
export const ExportStatus = z.enum(["queued", "choosing", "rendering", "printing", "writing", "done", "failed", "cancelled"]);
export type ExportStatus = z.infer<typeof ExportStatus>;
export const EXPORT_STEPS: readonly ExportStatus[] = ["queued", "choosing", "rendering", "printing", "writing", "done"];

export const ExportJob = z.object({
  id: Id,
  eventId: EventId,
  format: ExportFormat,
  status: ExportStatus,
  fileName: z.string(),
  /** The full path of the written file (empty until written). */
  path: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().nullable(),
  error: z.string(),
  /** "download": browser mode, the file sits in the data folder's exports and the page offers it; "saved": written where the person chose. */
  delivery: z.enum(["download", "saved"]),
  /** Browser mode: where the page downloads the finished file from (unguessable, for this export only). */
  downloadUrl: z.string().nullable(),
  /** Whether "Open file" and "Show in folder" can work here (the desktop app). */
  canOpen: z.boolean(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** An event archive the organiser chose to export with residents' contacts (marked as such, and deleted with them). */
  withContacts: z.boolean(),
});
export type ExportJob = z.infer<typeof ExportJob>;

export const ExportStartInput = z
  .strictObject({
    eventId: EventId,
    exportId: Id,
    format: ExportFormat,
    /** Only for the event archive, and only when the organiser ticks it: residents' contacts for sending the report. */
    withContacts: z.boolean().default(false),
  })
  .refine((i) => !i.withContacts || i.format === "archive", { message: "Only the event archive can carry residents' contacts.", path: ["withContacts"] });
export type ExportStartInput = z.input<typeof ExportStartInput>;
