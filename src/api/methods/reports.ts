import { z } from "zod";
import { HearthEvent, Id, IsoDate, optionalText, ReportDraft, ReportSent, ReportUpdateInput, SENT_NOTE_MAX, SentChannel, EventId } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

export const FindingView = z.object({
  id: z.string(),
  field: z.string(),
  kind: z.enum(["name", "phone", "email", "postcode", "address", "dob"]),
  start: z.number().int(),
  end: z.number().int(),
  match: z.string(),
  before: z.string(),
  after: z.string(),
});
export type FindingView = z.infer<typeof FindingView>;

export const ReportPreview = z.object({
  /** The document the PDF is printed from, for a sandboxed srcdoc frame. */
  html: z.string(),
  findings: z.array(FindingView),
  /** Asked about before export: no contact, no next meeting, an empty section, priorities from a round not marked final. */
  warnings: z.array(z.string()),
});
export type ReportPreview = z.infer<typeof ReportPreview>;

export const ReportDraftView = z.object({ draft: ReportDraft, sent: ReportSent.nullable() });
export type ReportDraftView = z.infer<typeof ReportDraftView>;

export const FeedbackClockEntry = z.object({ eventId: EventId, feedbackDueOn: IsoDate, sent: ReportSent.nullable() });
export const FeedbackClocks = z.object({ today: IsoDate, reports: z.array(FeedbackClockEntry) });
export type FeedbackClocks = z.infer<typeof FeedbackClocks>;

const NameInput = z.strictObject({ name: optionalText("The name", 80).refine((s) => s.length >= 2, "a name has at least 2 characters") });
export const RedactionNames = z.object({ names: z.array(z.string()), seeded: z.number().int() });

export const reportMethods = {
  "reports.draft": query(z.strictObject({ eventId: EventId }), ReportDraftView, FACILITATOR_ONLY),
  "reports.update": command(ReportUpdateInput, ReportDraft, FACILITATOR_ONLY),
  "reports.setLogo": command(z.strictObject({ eventId: EventId, uploadId: Id }), ReportDraft, FACILITATOR_ONLY),
  "reports.preview": query(z.strictObject({ eventId: EventId }), ReportPreview, FACILITATOR_ONLY),
  "reports.names": query(z.strictObject({}), RedactionNames, FACILITATOR_ONLY),
  "reports.addName": command(NameInput, RedactionNames, FACILITATOR_ONLY),
  "reports.removeName": command(NameInput, RedactionNames, FACILITATOR_ONLY),
  "reports.setDueOn": command(z.strictObject({ eventId: EventId, dueOn: IsoDate }), HearthEvent, FACILITATOR_ONLY),
  "reports.recordSent": command(
    z.strictObject({
      eventId: EventId,
      sent: z
        .strictObject({ sentOn: IsoDate, channels: z.array(SentChannel).min(1, "say how the report went out").max(3), note: optionalText("The note", SENT_NOTE_MAX).default("") })
        .nullable(),
    }),
    ReportDraftView,
    FACILITATOR_ONLY,
  ),
  "reports.clock": query(z.strictObject({}), FeedbackClocks, FACILITATOR_ONLY),
} as const;
