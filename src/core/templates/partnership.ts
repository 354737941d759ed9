import type { BuiltInTemplate } from "./template";
import { stage } from "./stage-builder";

/** Connecting Communities step 5: the monthly partnership meeting keeps "you said, we did" going. */
export const partnershipTemplate: BuiltInTemplate = {
  kind: "partnership",
  name: "Partnership meeting",
  summary: "Review last time's commitments, hear new issues and agree actions (C2 step 5, monthly).",
  stages: [
    stage("welcome", "Welcome", "Apologies, introductions and the purpose of the meeting.", 5),
    stage("discuss", "Review commitments", "Go through last time's actions: done, in progress or not done. You said, we did.", 20, [
      "What did we commit to last time, and where has each got to?",
    ]),
    stage("capture", "New issues", "What residents have raised since the last meeting, and wins worth sharing.", 20, [
      "What new issues have residents raised since we last met?",
      "What wins can we share with residents?",
    ]),
    stage("actions", "Actions", "What the partnership commits to before the next meeting.", 15, [
      "What will we do next, who will do it, and by when?",
    ]),
  ],
};
