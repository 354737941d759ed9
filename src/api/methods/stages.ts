import { z } from "zod";
import { Id, Stage, StageAddInput, StageMoveInput, StageRemoveInput, StageUpdateInput } from "../../core";
import { command, FACILITATOR_ONLY } from "./define";

/** The set-up of an event's run sheet: its stages. Facilitator only. */
export const stageMethods = {
  "stages.add": command(StageAddInput, Stage, FACILITATOR_ONLY),
  "stages.update": command(StageUpdateInput, Stage, FACILITATOR_ONLY),
  /** Answers with every stage of the event, in the new order. */
  "stages.move": command(StageMoveInput, z.array(Stage), FACILITATOR_ONLY),
  /** Removes the stage and its prompts; refused while notes answer one of them. */
  "stages.remove": command(StageRemoveInput, z.object({ id: Id }), FACILITATOR_ONLY),
} as const;
