import { z } from "zod";
import { Seq, EventId, ThemeId } from "./ids";

/** Theme colours are names from a fixed, contrast-checked palette, never free CSS. */
export const ThemeColour = z.enum(["sand", "sky", "leaf", "rose", "lilac", "stone"]);
export type ThemeColour = z.infer<typeof ThemeColour>;

export const Theme = z.object({
  id: ThemeId,
  eventId: EventId,
  title: z.string(),
  colour: ThemeColour,
  position: z.number(),
  collapsed: z.boolean(),
  deleted: z.boolean(),
  createdSeq: Seq,
  updatedSeq: Seq,
});
export type Theme = z.infer<typeof Theme>;

/**
 * What each colour looks like: a light background for the theme's notes and header (ink
 * #1b1b1f on each is above 12:1) and a darker edge for its border (above 3:1 on white).
 * The renderer draws from this list, so a colour is added here and nowhere else.
 */
export const THEME_PALETTE: readonly { readonly colour: ThemeColour; readonly label: string; readonly background: string; readonly edge: string }[] = [
  { colour: "sand", label: "Sand", background: "#f6e7c8", edge: "#8a6a2c" },
  { colour: "sky", label: "Sky", background: "#d6e9f8", edge: "#2f6f9f" },
  { colour: "leaf", label: "Leaf", background: "#d9efd6", edge: "#3d7a3a" },
  { colour: "rose", label: "Rose", background: "#f8dbe0", edge: "#a8435a" },
  { colour: "lilac", label: "Lilac", background: "#e6ddf5", edge: "#6a4fa0" },
  { colour: "stone", label: "Stone", background: "#e4e2dc", edge: "#6b675d" },
];

/** The colour a new theme gets: the palette in turn, so neighbouring themes differ. */
export function nextThemeColour(existingThemes: number): ThemeColour {
  return THEME_PALETTE[existingThemes % THEME_PALETTE.length]!.colour;
}
