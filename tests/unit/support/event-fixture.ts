import type { HearthEvent } from "../../../src/core";
import { eventId } from "./ids";

/** A planned event with nothing set: the starting point of the core tests. */
export const anEvent = (over: Partial<HearthEvent> = {}): HearthEvent => ({
  id: eventId("evt_12345678"),
  kind: "listening",
  title: "Elm Road",
  neighbourhood: "",
  partnership: "",
  venue: "",
  date: "2026-11-14",
  status: "planned",
  feedbackDueOn: "2026-11-24",
  currentStageId: null,
  timer: null,
  attribution: false,
  retentionMonths: null,
  createdSeq: 1,
  updatedSeq: 1,
  ...over,
});
