import type { BuiltInTemplate } from "./template";

/** Nothing laid out: the facilitator builds the run sheet in the set-up. */
export const blankTemplate: BuiltInTemplate = {
  kind: "blank",
  name: "Blank",
  summary: "An empty run sheet: add your own stages and prompts in the set-up.",
  stages: [],
};
