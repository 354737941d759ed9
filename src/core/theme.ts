import { z } from "zod";
import { Id, Seq } from "./ids";

/** Theme colours are names from a fixed, contrast-checked palette, never free CSS. */
export const ThemeColour = z.enum(["sand", "sky", "leaf", "rose", "lilac", "stone"]);
export type ThemeColour = z.infer<typeof ThemeColour>;

export const Theme = z.object({
  id: Id,
  eventId: Id,
  title: z.string(),
  colour: ThemeColour,
  position: z.number(),
  collapsed: z.boolean(),
  deleted: z.boolean(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Theme = z.infer<typeof Theme>;
