import { describe, expect, it } from "vitest";
import {
  BUILT_IN_TEMPLATES,
  EventKind,
  layOutTemplate,
  Stage,
  Prompt,
  TemplateStage,
  templateFromRunSheet,
  TEN_CHALLENGING_QUESTIONS,
} from "../../../src/core";
import { eventId } from "../support/ids";

const counter = () => {
  let n = 0;
  return () => `id_${String(++n).padStart(6, "0")}`;
};

describe("built-in templates", () => {
  it("has one for every kind of event, named and summed up in one line", () => {
    expect(Object.keys(BUILT_IN_TEMPLATES).sort()).toEqual([...EventKind.options].sort());
    for (const kind of EventKind.options) {
      const t = BUILT_IN_TEMPLATES[kind];
      expect(t.kind).toBe(kind);
      expect(t.name.length).toBeGreaterThan(3);
      expect(t.summary).not.toContain("\n");
      for (const s of t.stages) expect(TemplateStage.parse(s)).toEqual(s);
    }
  });

  it.each(EventKind.options.filter((k) => k !== "blank"))("%s lays out stages with prompts, each valid and in order", (kind) => {
    const t = BUILT_IN_TEMPLATES[kind];
    const { stages, prompts } = layOutTemplate(t.stages, eventId("evt_12345678"), 7, counter());
    expect(stages.length).toBeGreaterThanOrEqual(3);
    expect(stages.map((s) => s.title)).toEqual(t.stages.map((s) => s.title));
    expect(stages.map((s) => s.position)).toEqual(stages.map((_, i) => i + 1));
    expect(prompts.length).toBeGreaterThan(0);
    // Every capture stage asks something; every prompt hangs on a stage of this event.
    for (const s of stages.filter((s) => s.kind === "capture")) expect(prompts.some((p) => p.stageId === s.id)).toBe(true);
    for (const s of stages) expect(Stage.parse(s)).toEqual(s);
    for (const p of prompts) {
      expect(Prompt.parse(p)).toEqual(p);
      expect(stages.map((s) => s.id)).toContain(p.stageId);
      expect(p).toMatchObject({ eventId: "evt_12345678", createdSeq: 7, updatedSeq: 7 });
    }
    expect(new Set([...stages, ...prompts].map((x) => x.id)).size).toBe(stages.length + prompts.length);
  });

  it("the listening event opens with a welcome, asks what matters, then themes, votes and next steps", () => {
    const t = BUILT_IN_TEMPLATES.listening;
    expect(t.stages.map((s) => s.kind)).toEqual(["welcome", "capture", "group", "vote", "actions"]);
    expect(t.stages[1]?.prompts).toContain("What matters most to you about living here?");
    expect(t.stages[1]?.prompts).toContain("What makes it hard to stay healthy and well here?");
  });

  it("the Adaptive Action workshop runs What?, So what?, Now what?", () => {
    const titles = BUILT_IN_TEMPLATES["adaptive-action"].stages.map((s) => s.title);
    expect(titles.slice(1)).toEqual(["What?", "So what?", "Now what?"]);
  });

  it("Scrutiny asks the ten challenging questions, one prompt each", () => {
    const { prompts } = layOutTemplate(BUILT_IN_TEMPLATES.scrutiny.stages, eventId("evt_12345678"), 1, counter());
    const questions = prompts.filter((p) => TEN_CHALLENGING_QUESTIONS.includes(p.text));
    expect(TEN_CHALLENGING_QUESTIONS).toHaveLength(10);
    expect(questions).toHaveLength(10);
    expect(new Set(questions.map((p) => p.stageId)).size).toBe(1);
    expect(questions.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(questions[0]?.text).toMatch(/^Leadership and partnership/);
    expect(questions[9]?.text).toMatch(/NHS jobs/);
  });

  it("blank lays out nothing", () => {
    expect(layOutTemplate(BUILT_IN_TEMPLATES.blank.stages, eventId("evt_12345678"), 1, counter())).toEqual({ stages: [], prompts: [] });
  });

  it("a run sheet saved as a template lays out the same stages and prompts again, in its current order", () => {
    const first = layOutTemplate(BUILT_IN_TEMPLATES.steering.stages, eventId("evt_12345678"), 1, counter());
    // Reorder: the last stage first, and the last prompt of a stage first.
    const stages = first.stages.map((s, i) => (i === first.stages.length - 1 ? { ...s, position: 0 } : s));
    const plan = stages[2]!;
    const prompts = first.prompts.map((p) => (p.stageId === plan.id && p.position === 4 ? { ...p, position: 0.5 } : p));
    const saved = templateFromRunSheet(stages, prompts);
    expect(saved.map((s) => s.title)).toEqual(["Who does what", "Welcome and introductions", "What we already know", "Plan the listening event"]);
    expect(saved[3]?.prompts[0]).toBe("What questions should we ask residents?");
    const again = layOutTemplate(saved, eventId("evt_87654321"), 9, counter());
    expect(templateFromRunSheet(again.stages, again.prompts)).toEqual(saved);
  });
});
