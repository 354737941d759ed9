import { z } from "zod";
import { Id, Prompt, PromptAddInput, PromptMoveInput, PromptRemoveInput, PromptUpdateInput } from "../../core";
import { command, FACILITATOR_ONLY } from "./define";

/** The set-up of an event's run sheet: the prompts of its stages. Facilitator only. */
export const promptMethods = {
  "prompts.add": command(PromptAddInput, Prompt, FACILITATOR_ONLY),
  "prompts.update": command(PromptUpdateInput, Prompt, FACILITATOR_ONLY),
  /** Answers with every prompt of the stage, in the new order. */
  "prompts.move": command(PromptMoveInput, z.array(Prompt), FACILITATOR_ONLY),
  "prompts.remove": command(PromptRemoveInput, z.object({ id: Id }), FACILITATOR_ONLY),
} as const;
