import type { BuiltInTemplate } from "./template";
import { stage } from "./stage-builder";

/** Connecting Communities step 2: residents and front-line providers plan the listening event. */
export const steeringTemplate: BuiltInTemplate = {
  kind: "steering",
  name: "Steering group workshop",
  summary: "Residents and front-line providers plan the neighbourhood's listening event (C2 step 2).",
  stages: [
    stage("welcome", "Welcome and introductions", "Who is in the room, and why this neighbourhood.", 10),
    stage("capture", "What we already know", "What residents tell us and what the local health and wellbeing data show.", 20, [
      "What do residents tell us matters most here?",
      "What do the local health and wellbeing data show?",
    ]),
    stage("capture", "Plan the listening event", "Who, where, when and how: an event residents will want to come to.", 30, [
      "Who must be there, and who is seldom heard?",
      "Where and when suits residents best?",
      "How will we spread the word?",
      "What questions should we ask residents?",
    ]),
    stage("actions", "Who does what", "Tasks, owners and dates before the listening event.", 15, ["Who will do each task, and by when?"]),
  ],
};
