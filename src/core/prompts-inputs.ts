import { z } from "zod";
import { Id } from "./ids";
import { ToIndex } from "./reorder";
import { PROMPT_MAX } from "./templates/template";
import { userText } from "./text";

/** Inputs of the set-up commands prompts.*: what a facilitator may change in a stage's prompts. */

export const PromptText = userText("The prompt", PROMPT_MAX);

export const PromptAddInput = z.strictObject({ id: Id, stageId: Id, text: PromptText });
export type PromptAddInput = z.input<typeof PromptAddInput>;
export const PromptUpdateInput = z.strictObject({ id: Id, text: PromptText });
export const PromptMoveInput = z.strictObject({ id: Id, toIndex: ToIndex });
export const PromptRemoveInput = z.strictObject({ id: Id });
