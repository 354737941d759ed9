import { z } from "zod";
import { IsoDate } from "../event";
import { EventId, Id, NoteId, RoundId, Seq, ThemeId } from "../ids";
import { NOTE_MAX, optionalText, TITLE_MAX, userText } from "../text";

/** Where a priority stands: Big Leeds Chat's met / partly met / not met, and two stages before. */
export const PriorityStatus = z.enum(["not-started", "some-progress", "met", "partly-met", "not-met"]);
export type PriorityStatus = z.infer<typeof PriorityStatus>;

export const PRIORITY_STATUS_LABELS: Readonly<Record<PriorityStatus, string>> = {
  "not-started": "Not started",
  "some-progress": "Some progress",
  met: "Met",
  "partly-met": "Partly met",
  "not-met": "Not met",
};

/** Still being worked on: "You said, we did" keeps reporting it. */
export const isOpenStatus = (s: PriorityStatus) => s === "not-started" || s === "some-progress";

/** A resident's own words, copied from a note of the event where the priority came up. */
export const PriorityQuote = z.object({
  id: Id,
  eventId: EventId,
  noteId: NoteId.nullable(),
  text: z.string(),
});
export type PriorityQuote = z.infer<typeof PriorityQuote>;

/**
 * A neighbourhood's priority, adopted from a revealed final round: it remembers the event,
 * the date, the rank and dots it had, and residents' words. Its status is not a field but the
 * latest of its dated status entries (PriorityStatusEntry).
 */
export const Priority = z.object({
  id: Id,
  neighbourhoodId: Id,
  title: z.string(),
  eventId: EventId,
  adoptedOn: IsoDate,
  roundId: RoundId,
  itemId: Id,
  rank: z.number().int().min(1),
  tied: z.boolean(),
  dots: z.number().int().nonnegative(),
  voters: z.number().int().nonnegative(),
  /** A role or an organisation ("Housing officer", "Elm Road TRA"), not a person unless the organiser chooses. */
  lead: z.string(),
  reviewOn: IsoDate.nullable(),
  quotes: z.array(PriorityQuote),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Priority = z.infer<typeof Priority>;

/** One dated fact about a priority's status; the latest by date (then by the room's sequence) stands. */
export const PriorityStatusEntry = z.object({
  id: Id,
  priorityId: Id,
  status: PriorityStatus,
  on: IsoDate,
  note: z.string(),
  seq: Seq,
});
export type PriorityStatusEntry = z.infer<typeof PriorityStatusEntry>;

/** "The same as priority …": a theme of a later (or the first) event, tied to a priority; null unties it. */
export const ThemeLink = z.object({ /** The theme's id: one link per theme. */ id: ThemeId, themeId: ThemeId, eventId: EventId, priorityId: Id.nullable(), seq: Seq });
export type ThemeLink = z.infer<typeof ThemeLink>;

/** An action working towards a priority; carried-forward copies keep it through `carriedFrom`. */
export const ActionLink = z.object({ /** The action's id: one link per action. */ id: Id, actionId: Id, priorityId: Id.nullable(), seq: Seq });
export type ActionLink = z.infer<typeof ActionLink>;

export const MAX_QUOTES = 5;
export const MAX_ADOPT = 20;
export const LEAD_MAX = 120;

export const PriorityAdoptInput = z.strictObject({
  eventId: EventId,
  priorities: z
    .array(
      z.strictObject({
        id: Id,
        itemId: Id,
        /** Residents' words: notes of this event, copied as they are. */
        quoteNoteIds: z.array(NoteId).max(MAX_QUOTES, `at most ${MAX_QUOTES} quotes per priority`).default([]),
      }),
    )
    .min(1, "choose at least one item")
    .max(MAX_ADOPT, `at most ${MAX_ADOPT} priorities at once`),
});
export type PriorityAdoptInput = z.input<typeof PriorityAdoptInput>;

export const PriorityUpdateInput = z.strictObject({
  id: Id,
  title: userText("The priority", TITLE_MAX).optional(),
  lead: optionalText("The lead", LEAD_MAX).optional(),
  reviewOn: IsoDate.nullable().optional(),
});
export type PriorityUpdateInput = z.input<typeof PriorityUpdateInput>;

export const PriorityStatusInput = z.strictObject({
  id: Id,
  priorityId: Id,
  status: PriorityStatus,
  on: IsoDate,
  note: optionalText("The note", NOTE_MAX).default(""),
});
export type PriorityStatusInput = z.input<typeof PriorityStatusInput>;

export const ThemeLinkInput = z.strictObject({ themeId: ThemeId, priorityId: Id.nullable() });
export const ActionLinkInput = z.strictObject({ actionId: Id, priorityId: Id.nullable() });

/** The status that stands: the latest entry by its own date, then by the room's sequence. */
export function currentStatus(entries: readonly PriorityStatusEntry[]): PriorityStatusEntry | null {
  let best: PriorityStatusEntry | null = null;
  for (const e of entries) if (!best || e.on > best.on || (e.on === best.on && e.seq > best.seq)) best = e;
  return best;
}
