import { z } from "zod";
import { CustomTemplate, TemplateSaveInput } from "../../core";
import { command, FACILITATOR_ONLY, query } from "./define";

/** Saved run sheets. The ready ones for each kind of event live in src/core/templates. */
export const templateMethods = {
  "templates.list": query(z.strictObject({}), z.array(CustomTemplate), FACILITATOR_ONLY),
  /** Saves the event's stages and prompts under a new, unique name. */
  "templates.saveFromEvent": command(TemplateSaveInput, CustomTemplate, FACILITATOR_ONLY),
} as const;
