import { z } from "zod";
import { Id, EventId } from "./ids";
import { ToIndex } from "./reorder";
import { StageKind } from "./stage";
import { DESCRIPTION_MAX, TimerMinutes } from "./templates/template";
import { optionalText, TITLE_MAX, userText } from "./text";

/** Inputs of the set-up commands stages.*: what a facilitator may change in a run sheet's stages. */

const StageTitle = userText("The stage title", TITLE_MAX);
const StageDescription = optionalText("The stage description", DESCRIPTION_MAX);

export const StageAddInput = z.strictObject({
  id: Id,
  eventId: EventId,
  kind: StageKind.default("capture"),
  title: StageTitle,
  description: StageDescription.default(""),
  timerMinutes: TimerMinutes.nullable().default(null),
  privateWriting: z.boolean().default(false),
});
export type StageAddInput = z.input<typeof StageAddInput>;

/** Only the fields given change; at least one must be. */
export const StageUpdateInput = z
  .strictObject({
    id: Id,
    kind: StageKind.optional(),
    title: StageTitle.optional(),
    description: StageDescription.optional(),
    timerMinutes: TimerMinutes.nullable().optional(),
    privateWriting: z.boolean().optional(),
  })
  .refine((s) => Object.keys(s).length > 1, "Say what to change about the stage.");
export type StageUpdateInput = z.input<typeof StageUpdateInput>;

export const StageMoveInput = z.strictObject({ id: Id, toIndex: ToIndex });
export const StageRemoveInput = z.strictObject({ id: Id });
