import { z } from "zod";
import { ActionLink, ActionLinkInput, EventId, Id, Neighbourhood, Priority, PriorityAdoptInput, PriorityStatusEntry, PriorityStatusInput, PriorityUpdateInput, ThemeLink, ThemeLinkInput } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

/** What a revealed final round offers to adopt: its items by rank, each with its notes to quote from. */
export const AdoptCandidates = z.object({
  neighbourhood: Neighbourhood.nullable(),
  roundId: Id.nullable(),
  items: z.array(
    z.object({
      itemId: Id,
      label: z.string(),
      rank: z.number().int(),
      tied: z.boolean(),
      dots: z.number().int(),
      adoptedAs: Id.nullable(),
      notes: z.array(z.object({ id: Id, text: z.string() })),
    }),
  ),
});
export type AdoptCandidates = z.infer<typeof AdoptCandidates>;

/** A neighbourhood's priorities: adopted from a final round, then kept up to date. Facilitator only. */
export const priorityMethods = {
  "priorities.candidates": query(z.strictObject({ eventId: EventId }), AdoptCandidates, FACILITATOR_ONLY),
  "priorities.adopt": command(PriorityAdoptInput, z.array(Priority), FACILITATOR_ONLY),
  "priorities.update": command(PriorityUpdateInput, Priority, FACILITATOR_ONLY),
  "priorities.setStatus": command(PriorityStatusInput, PriorityStatusEntry, FACILITATOR_ONLY),
  "priorities.linkTheme": command(ThemeLinkInput, ThemeLink, FACILITATOR_ONLY),
  "priorities.linkAction": command(ActionLinkInput, ActionLink, FACILITATOR_ONLY),
} as const;
