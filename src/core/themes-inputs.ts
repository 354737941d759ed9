import { z } from "zod";
import { Position, ThemeTitle } from "./board-fields";
import { EventId, NoteId, ThemeId } from "./ids";
import { ThemeColour } from "./theme";

/** Inputs of the themes.* commands. All strict: an unknown field is refused. */

export const ThemeCreateInput = z.strictObject({
  id: ThemeId,
  eventId: EventId,
  title: ThemeTitle,
  colour: ThemeColour.optional(),
  /** Notes that go straight into it (a note dropped on another note makes a theme of both). */
  noteIds: z.array(NoteId).max(100).default([]),
});
export type ThemeCreateInput = z.input<typeof ThemeCreateInput>;

export const ThemeUpdateInput = z
  .strictObject({ eventId: EventId, id: ThemeId, title: ThemeTitle.optional(), colour: ThemeColour.optional(), collapsed: z.boolean().optional(), position: Position.optional() })
  .refine((i) => i.title !== undefined || i.colour !== undefined || i.collapsed !== undefined || i.position !== undefined, "Nothing to change.");
export type ThemeUpdateInput = z.input<typeof ThemeUpdateInput>;

/** Deleting a theme sends its notes back to unsorted; the theme is kept (deleted) so undo can bring it back. */
export const ThemeDeleteInput = z.strictObject({ eventId: EventId, id: ThemeId });
