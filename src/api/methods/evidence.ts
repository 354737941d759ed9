import { z } from "zod";
import { ActionProgress, Experiment, ExperimentAddInput, ExperimentObserveInput, Id, Measure, MeasureAddInput, MeasureReading, ProgressAddInput, ReadingAddInput, Win, WinAddInput } from "../../core";
import { command, FACILITATOR_ONLY } from "./define";

/** What shows a priority moving: progress on its actions, wins, measures and their readings, experiments. Facilitator only. */
export const evidenceMethods = {
  "priorities.progress": command(ProgressAddInput, ActionProgress, FACILITATOR_ONLY),
  "wins.add": command(WinAddInput, Win, FACILITATOR_ONLY),
  "wins.delete": command(z.strictObject({ id: Id }), Win, FACILITATOR_ONLY),
  "measures.add": command(MeasureAddInput, Measure, FACILITATOR_ONLY),
  "measures.record": command(ReadingAddInput, MeasureReading, FACILITATOR_ONLY),
  "experiments.add": command(ExperimentAddInput, Experiment, FACILITATOR_ONLY),
  "experiments.observe": command(ExperimentObserveInput, Experiment, FACILITATOR_ONLY),
} as const;
