import { z } from "zod";
import { Id, Seq, EventId } from "./ids";

/**
 * What the projector shows. "auto" follows the stage: capture stages show the notes of the
 * current prompt, group stages the themes, vote stages the voting, others the stage itself.
 */
export const ScreenView = z.enum(["auto", "notes", "themes", "results", "stage", "blank"]);
export type ScreenView = z.infer<typeof ScreenView>;

export const Spotlight = z.object({ kind: z.enum(["note", "theme"]), id: Id });
export type Spotlight = z.infer<typeof Spotlight>;

/** High-contrast looks for the wall: light text on black, or black on white. */
export const ScreenContrast = z.enum(["dark", "light"]);
export type ScreenContrast = z.infer<typeof ScreenContrast>;

/** The projector's settings for one event; its id is the event's id. */
export const Screen = z.object({
  id: Id,
  eventId: EventId,
  view: ScreenView,
  spotlight: Spotlight.nullable(),
  contrast: ScreenContrast,
  /** Show the join code and QR when joining is on. */
  showJoin: z.boolean(),
  updatedSeq: Seq,
});
export type Screen = z.infer<typeof Screen>;

export const ScreenSetInput = z.strictObject({
  eventId: EventId,
  view: ScreenView.optional(),
  spotlight: Spotlight.nullable().optional(),
  contrast: ScreenContrast.optional(),
  showJoin: z.boolean().optional(),
});
export type ScreenSetInput = z.input<typeof ScreenSetInput>;

export const defaultScreen = (eventId: EventId, seq: number): Screen => ({
  id: eventId,
  eventId,
  view: "auto",
  spotlight: null,
  contrast: "dark",
  showJoin: true,
  updatedSeq: seq,
});
