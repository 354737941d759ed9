import { z } from "zod";
import {
  Id,
  Prompt,
  PromptAddInput,
  PromptMoveInput,
  PromptRemoveInput,
  PromptUpdateInput,
  Stage,
  StageAddInput,
  StageMoveInput,
  StageRemoveInput,
  StageUpdateInput,
} from "../../core";
import { command, FACILITATOR_ONLY } from "./define";

const Removed = z.object({ id: Id });

/** The set-up of an event's run sheet: its stages and their prompts. Facilitator only. */
export const runSheetMethods = {
  "stages.add": command(StageAddInput, Stage, FACILITATOR_ONLY),
  "stages.update": command(StageUpdateInput, Stage, FACILITATOR_ONLY),
  /** Answers with every stage of the event, in the new order. */
  "stages.move": command(StageMoveInput, z.array(Stage), FACILITATOR_ONLY),
  /** Removes the stage and its prompts; refused while notes answer one of them. */
  "stages.remove": command(StageRemoveInput, Removed, FACILITATOR_ONLY),
  "prompts.add": command(PromptAddInput, Prompt, FACILITATOR_ONLY),
  "prompts.update": command(PromptUpdateInput, Prompt, FACILITATOR_ONLY),
  /** Answers with every prompt of the stage, in the new order. */
  "prompts.move": command(PromptMoveInput, z.array(Prompt), FACILITATOR_ONLY),
  "prompts.remove": command(PromptRemoveInput, Removed, FACILITATOR_ONLY),
} as const;
