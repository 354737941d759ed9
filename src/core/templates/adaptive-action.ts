import type { BuiltInTemplate } from "./template";
import { stage } from "./stage-builder";

/** Adaptive Action (HSD Institute): What? So what? Now what? Every "Now what?" feeds the next "What?". */
export const adaptiveActionTemplate: BuiltInTemplate = {
  kind: "adaptive-action",
  name: "Adaptive Action workshop",
  summary: "What? So what? Now what? Observe, make sense of the pattern, then decide who does what by when.",
  stages: [
    stage("welcome", "Welcome", "The question we are exploring today, and last cycle's actions carried forward.", 10),
    stage("capture", "What?", "Gather what we see, without judging it yet.", 20, [
      "What do we observe?",
      "What do we know for sure?",
      "What do we wonder about?",
    ]),
    stage("discuss", "So what?", "Make sense of what we gathered: the patterns and the conditions that shape them.", 25, [
      "What does it mean?",
      "What is working, and what is not?",
      "Which conditions make this pattern: the containers, the differences, the exchanges?",
    ]),
    stage("actions", "Now what?", "Decide what to do. Each action leads to the next cycle's What?", 20, [
      "What will we do, who will do it, and by when?",
      "How will we know it made a difference?",
    ]),
  ],
};
