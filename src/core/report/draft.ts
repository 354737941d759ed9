import { z } from "zod";
import { IsoDate } from "../event";
import { EventId, NoteId } from "../ids";
import { optionalText } from "../text";
import { REPORT_EN } from "./words/en";
import { ReportLang } from "./words/words";

/** The report's sections, in the order a new report lists them; the organiser may reorder. */
export const SectionKey = z.enum(["what-happened", "what-we-asked", "what-you-said", "priorities", "what-next", "you-said-we-did", "stay-involved"]);
export type SectionKey = z.infer<typeof SectionKey>;
export const SECTION_KEYS: readonly SectionKey[] = SectionKey.options;

/** The sections' headings in English (a report in another language takes them from its catalogue, words/). */
export const SECTION_HEADINGS: Readonly<Record<SectionKey, string>> = REPORT_EN.headings;

export const INTRO_MAX = 2000;
export const SECTION_TEXT_MAX = 2000;
export const SHORT_TEXT_MAX = 400;
/** A replacement typed for a finding the redaction review flagged. */
export const REPLACEMENT_MAX = 200;
/** The organiser's note on how the report went out ("100 copies at the hub"). */
export const SENT_NOTE_MAX = 200;

export const LogoMime = z.enum(["image/png", "image/jpeg"]);
export type LogoMime = z.infer<typeof LogoMime>;
/** A logo as stored: checked bytes (PNG or JPEG) kept beside the draft; this is what describes them. */
export const LogoMeta = z.object({
  mime: LogoMime,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
  sha256: z.string(),
});
export type LogoMeta = z.infer<typeof LogoMeta>;

/** The organiser's decision on one finding of likely personal data. */
export const RedactionDecision = z.discriminatedUnion("action", [
  z.object({ action: z.literal("redact") }),
  z.object({ action: z.literal("keep") }),
  z.object({ action: z.literal("edit"), text: z.string() }),
]);
export type RedactionDecision = z.infer<typeof RedactionDecision>;

/**
 * What the organiser has written or chosen for an event's report. `null` texts mean "use
 * the text Hearth drafts from the event" (so a good draft exists before anyone types);
 * an empty string means the organiser cleared it on purpose.
 */
export const ReportDraft = z.object({
  eventId: EventId,
  title: z.string().nullable(),
  intro: z.string().nullable(),
  sectionText: z.partialRecord(SectionKey, z.string()),
  order: z.array(SectionKey),
  /** "auto": Hearth picks one quote per theme (the most raised note); "chosen": exactly quoteNoteIds. */
  quoteMode: z.enum(["auto", "chosen"]),
  quoteNoteIds: z.array(NoteId),
  /** People in the room, counted by the organiser (never names). */
  attendance: z.number().int().nonnegative().nullable(),
  nextMeeting: z.string(),
  contacts: z.string(),
  footer: z.string(),
  logo: LogoMeta.nullable(),
  decisions: z.record(z.string(), RedactionDecision),
  /** The language of Hearth's own words in the report (headings, fixed sentences, dates); the organiser's words stay as typed. */
  lang: ReportLang.default("en"),
  /** Bumped by every saved change: a screen can tell its copy is stale. */
  version: z.number().int().nonnegative(),
});
export type ReportDraft = z.infer<typeof ReportDraft>;

export function defaultDraft(eventId: EventId): ReportDraft {
  return {
    eventId,
    title: null,
    intro: null,
    sectionText: {},
    order: [...SECTION_KEYS],
    quoteMode: "auto",
    quoteNoteIds: [],
    attendance: null,
    nextMeeting: "",
    contacts: "",
    footer: "",
    logo: null,
    decisions: {},
    lang: "en",
    version: 0,
  };
}

const nullableText = (what: string, max: number) => optionalText(what, max).nullable();

/** One edit to the draft. Small on purpose: the draft saves as the organiser types, one field at a time. */
export const ReportEdit = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("title"), text: nullableText("The report title", 160) }),
  z.strictObject({ op: z.literal("intro"), text: nullableText("The introduction", INTRO_MAX) }),
  z.strictObject({ op: z.literal("section"), key: SectionKey, text: nullableText("The section's text", SECTION_TEXT_MAX) }),
  z.strictObject({
    op: z.literal("order"),
    order: z
      .array(SectionKey)
      .refine((o) => o.length === SECTION_KEYS.length && new Set(o).size === o.length, "the order must name every section once"),
  }),
  z.strictObject({ op: z.literal("quote"), noteId: NoteId, included: z.boolean() }),
  z.strictObject({ op: z.literal("quotes-auto") }),
  z.strictObject({ op: z.literal("attendance"), value: z.number().int().min(0, "attendance cannot be negative").max(100_000).nullable() }),
  z.strictObject({ op: z.literal("next-meeting"), text: optionalText("The next meeting", SHORT_TEXT_MAX) }),
  z.strictObject({ op: z.literal("contacts"), text: optionalText("The contacts", SHORT_TEXT_MAX) }),
  z.strictObject({ op: z.literal("footer"), text: optionalText("The footer", 160) }),
  z.strictObject({ op: z.literal("remove-logo") }),
  z.strictObject({ op: z.literal("lang"), lang: ReportLang }),
  z.strictObject({
    op: z.literal("decide"),
    /** A finding's id: "<field>#<kind>#<match>#<occurrence>". */
    key: z
      .string()
      .max(2000)
      .regex(/^[^#]+#(name|phone|email|postcode|address|dob)#[\s\S]+#\d+$/u, "that is not a finding of this report"),
    decision: z.discriminatedUnion("action", [
      z.strictObject({ action: z.literal("redact") }),
      z.strictObject({ action: z.literal("keep") }),
      z.strictObject({ action: z.literal("edit"), text: optionalText("The replacement", REPLACEMENT_MAX) }),
    ]),
  }),
]);
export type ReportEdit = z.infer<typeof ReportEdit>;

export const ReportUpdateInput = z.strictObject({ eventId: EventId, edit: ReportEdit });
export type ReportUpdateInput = z.input<typeof ReportUpdateInput>;

/**
 * Applies one edit. `autoQuotes` are the quotes Hearth would pick now: the first time the
 * organiser changes a quote, the automatic picks become the chosen set, then the change applies.
 */
export function applyReportEdit(draft: ReportDraft, edit: ReportEdit, autoQuotes: readonly NoteId[]): ReportDraft {
  const next: ReportDraft = { ...draft, version: draft.version + 1 };
  switch (edit.op) {
    case "title":
      return { ...next, title: edit.text };
    case "intro":
      return { ...next, intro: edit.text };
    case "section": {
      const sectionText = { ...draft.sectionText };
      if (edit.text === null) delete sectionText[edit.key];
      else sectionText[edit.key] = edit.text;
      return { ...next, sectionText };
    }
    case "order":
      return { ...next, order: edit.order };
    case "quote": {
      const base = draft.quoteMode === "auto" ? autoQuotes : draft.quoteNoteIds;
      const ids = base.filter((id) => id !== edit.noteId);
      return { ...next, quoteMode: "chosen", quoteNoteIds: edit.included ? [...ids, edit.noteId] : ids };
    }
    case "quotes-auto":
      return { ...next, quoteMode: "auto", quoteNoteIds: [] };
    case "lang":
      return { ...next, lang: edit.lang };
    case "attendance":
      return { ...next, attendance: edit.value };
    case "next-meeting":
      return { ...next, nextMeeting: edit.text };
    case "contacts":
      return { ...next, contacts: edit.text };
    case "footer":
      return { ...next, footer: edit.text };
    case "remove-logo":
      return { ...next, logo: null };
    case "decide":
      return { ...next, decisions: { ...draft.decisions, [edit.key]: edit.decision } };
  }
}

/** How a report went out, as the organiser records it. */
export const SentChannel = z.enum(["printed", "emailed", "posted-at-hub"]);
export type SentChannel = z.infer<typeof SentChannel>;
export const SENT_CHANNEL_LABELS: Readonly<Record<SentChannel, string>> = {
  printed: "printed",
  emailed: "emailed",
  "posted-at-hub": "posted at the hub",
};

export const ReportSent = z.object({
  sentOn: IsoDate,
  channels: z.array(SentChannel).min(1, "say how the report went out"),
  note: z.string(),
});
export type ReportSent = z.infer<typeof ReportSent>;
