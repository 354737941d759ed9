import type { BuiltInTemplate } from "./template";
import { stage } from "./stage-builder";

/** Connecting Communities step 3: the steering group hosts residents and hears what matters. */
export const listeningTemplate: BuiltInTemplate = {
  kind: "listening",
  name: "Listening event",
  summary: "Residents say what matters, group it into themes, vote on priorities and agree next steps (C2 step 3).",
  stages: [
    stage(
      "welcome",
      "Welcome",
      "Who we are, why we are here and how the session runs. Every voice counts; notes are anonymous. Residents get a report of what they said within 10 days.",
      10,
    ),
    stage("capture", "What matters to you", "Note-takers write down what residents say at each table, in their own words.", 30, [
      "What matters most to you about living here?",
      "What makes it hard to stay healthy and well here?",
      "What would make the biggest difference, and who could help?",
    ]),
    stage("group", "Group into themes", "Sort the notes into themes together. Merge duplicates; nothing is thrown away.", 20),
    stage("vote", "Prioritise", "Everyone places their dots, on paper or by phone, on the themes that matter most to them.", 15),
    stage("actions", "Next steps", "What happens next, who will do it and by when. Say when the feedback report will reach residents.", 15, [
      "What will we do next, who will do it, and by when?",
    ]),
  ],
};
