import type { BuiltInTemplate } from "./template";
import { stage } from "./stage-builder";

/** The ten challenging questions of community-cohesion scrutiny (CfPS forum), one prompt each. */
export const TEN_CHALLENGING_QUESTIONS: readonly string[] = [
  "Leadership and partnership: how well do leaders and partners work together for community cohesion?",
  "Positive relations: how do we build good relations between people from different backgrounds?",
  "Equality and diversity: how do we celebrate equality and diversity here?",
  "Engaging everyone: how do we reach and involve every part of the community?",
  "Accessible services: are services accessible to all, and who finds them hard to reach?",
  "Service providers: how are service providers involved, and how do they respond?",
  "Publicity and myth-busting: how do we share accurate information and challenge myths?",
  "Information: how well do we use and share the best information?",
  "Workforce skills: does the workforce have the skills to serve everyone in the community?",
  "NHS jobs: how are NHS jobs promoted to everyone in the community?",
];

export const scrutinyTemplate: BuiltInTemplate = {
  kind: "scrutiny",
  name: "Scrutiny: Ten challenging questions",
  summary: "A scrutiny or steering workshop on community cohesion: the ten challenging questions, one prompt each.",
  stages: [
    stage("welcome", "Welcome and purpose", "Why we are asking these questions, and how the findings will be used.", 5),
    stage("capture", "The ten challenging questions", "Work through each question; note evidence, gaps and ideas.", 60, TEN_CHALLENGING_QUESTIONS),
    stage("group", "Group the findings", "Sort the answers into strengths, gaps and ideas.", 15),
    stage("vote", "Prioritise", "Which gaps matter most?", 10),
    stage("actions", "Recommendations", "What we recommend, to whom, and by when.", 15, ["What do we recommend, to whom, and by when?"]),
  ],
};
