import { z } from "zod";
import { ExportJob, Id, IsoDate, RedactionDecision } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";
import { FindingView } from "./reports";

/** The neighbourhood's two exports: the "one year on" progress report, and a page of recent wins. */
export const ThreadExportKind = z.enum(["progress", "good-news"]);
export type ThreadExportKind = z.infer<typeof ThreadExportKind>;

/** Which export, and for good news the period (default: the three months to today). */
const Which = z
  .strictObject({
    neighbourhoodId: Id,
    kind: ThreadExportKind,
    since: IsoDate.optional(),
    until: IsoDate.optional(),
  })
  .refine((w) => !w.since || !w.until || w.since <= w.until, { message: "The period must start on or before the day it ends.", path: ["since"] });

export const ThreadExportPreview = z.object({
  kind: ThreadExportKind,
  since: IsoDate.nullable(),
  until: IsoDate.nullable(),
  /** How many priorities (progress report) or wins (good news) it holds. */
  items: z.number().int().nonnegative(),
  findings: z.array(FindingView),
  /** The organiser's decisions for this neighbourhood's exports, by finding id. */
  decisions: z.record(z.string(), RedactionDecision),
});
export type ThreadExportPreview = z.infer<typeof ThreadExportPreview>;

export const ThreadExportJob = ExportJob.omit({ eventId: true, format: true, withContacts: true }).extend({
  neighbourhoodId: Id,
  kind: ThreadExportKind,
  format: z.enum(["pdf", "markdown"]),
});
export type ThreadExportJob = z.infer<typeof ThreadExportJob>;

export const threadExportMethods = {
  /** What the export would hold, and the likely personal data in it, each to decide before it is exported. */
  "neighbourhoods.exportPreview": query(Which, ThreadExportPreview, FACILITATOR_ONLY),
  /** Redact, keep or replace one finding of the neighbourhood's exports (both use the same decisions). */
  "neighbourhoods.decide": command(z.strictObject({ neighbourhoodId: Id, findingId: z.string().min(1).max(2000), decision: RedactionDecision }), z.object({ findingId: z.string(), decision: RedactionDecision }), FACILITATOR_ONLY),
  /** Queues the export (refused while a finding waits for a decision); the file is written into the exports folder. */
  "neighbourhoods.export": command(
    z
      .strictObject({ exportId: Id, neighbourhoodId: Id, kind: ThreadExportKind, format: z.enum(["pdf", "markdown"]), since: IsoDate.optional(), until: IsoDate.optional() })
      .refine((w) => !w.since || !w.until || w.since <= w.until, { message: "The period must start on or before the day it ends.", path: ["since"] })
      .refine((w) => w.kind === "good-news" || w.format === "pdf", { message: "The progress report is made as a PDF.", path: ["format"] }),
    ThreadExportJob,
    FACILITATOR_ONLY,
  ),
  "neighbourhoods.exportStatus": query(z.strictObject({ exportId: Id }), ThreadExportJob, FACILITATOR_ONLY),
} as const;
