import type { EventKind } from "../event";
import { adaptiveActionTemplate } from "./adaptive-action";
import { blankTemplate } from "./blank";
import { listeningTemplate } from "./listening";
import { partnershipTemplate } from "./partnership";
import { scrutinyTemplate } from "./scrutiny";
import { steeringTemplate } from "./steering";
import type { BuiltInTemplate } from "./template";

export * from "./template";
export { TEN_CHALLENGING_QUESTIONS } from "./scrutiny";

/** The ready run sheet of every kind of event, in the order the kind chooser offers them. */
export const BUILT_IN_TEMPLATES: { readonly [K in EventKind]: BuiltInTemplate } = {
  listening: listeningTemplate,
  "adaptive-action": adaptiveActionTemplate,
  steering: steeringTemplate,
  partnership: partnershipTemplate,
  scrutiny: scrutinyTemplate,
  blank: blankTemplate,
};

export const builtInTemplate = (kind: EventKind): BuiltInTemplate => BUILT_IN_TEMPLATES[kind];
