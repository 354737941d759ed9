import type { Database } from "better-sqlite3";
import type { Action, Experiment } from "../../../core";
import { experiments, measures, progressLines, readings, wins } from "../../db/repos/evidence";
import { standingNeighbourhood } from "../../db/repos/places";
import { priorities } from "../../db/repos/priorities";
import { actions } from "../../db/repos/themes";
import { purgeWinPhoto } from "../../db/purge";
import { insertOnce, required, sameFields, threadOutcome } from "../../thread/records";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { requireEvent } from "../../db/repos/events";

/** The neighbourhood a record is logged against (a merged spelling leads to where it went), and its priority if any. */
function place(db: Database, neighbourhoodId: string, priorityId: string | null): string {
  const n = required(standingNeighbourhood(db, neighbourhoodId), "That neighbourhood does not exist.");
  if (priorityId !== null) {
    const p = required(priorities.get(db, priorityId), "That priority does not exist.");
    if (p.neighbourhoodId !== n.id) throw new RoomError("invalid_input", "That priority belongs to another neighbourhood.");
  }
  return n.id;
}

export const evidenceHandlers: HandlersOf<
  "priorities.progress" | "wins.add" | "wins.delete" | "measures.add" | "measures.record" | "experiments.add" | "experiments.observe"
> = {
  /**
   * A dated progress line, appended to the action's story; the action shows the latest line
   * and status. Recorded in the action's event feed, so the screens following it update.
   */
  "priorities.progress": ({ db, seq }, input) => {
    const action = actions.get(db, input.actionId);
    if (!action || action.deleted) throw new RoomError("not_found", "That action does not exist.");
    const made = insertOnce(db, progressLines, { ...input, seq }, (b) => sameFields(b, { ...b, ...input }, ["actionId", "on", "text", "status"]), "progress line");
    if (!made.fresh) return { value: made.value, eventId: action.eventId, upserts: [] };
    const next: Action = { ...action, update: input.text, status: input.status ?? action.status, updatedSeq: seq };
    actions.update(db, next);
    return { value: made.value, eventId: action.eventId, upserts: [{ kind: "action", value: next }, { kind: "progress", value: made.value }] };
  },

  "wins.add": ({ db, seq }, input) => {
    const neighbourhoodId = place(db, input.neighbourhoodId, input.priorityId);
    const made = insertOnce(db, wins, { ...input, neighbourhoodId, deleted: false, seq }, (b) => sameFields(b, { ...b, ...input }, ["on", "text", "priorityId", "photo"]), "win");
    return threadOutcome(made.value.neighbourhoodId, made.value, made.fresh ? [{ kind: "win", value: made.value }] : []);
  },

  "wins.delete": ({ db }, { id }) => {
    const before = required(wins.get(db, id), "That win does not exist.");
    if (before.deleted) return threadOutcome(before.neighbourhoodId, before, []);
    const after = { ...before, deleted: true, photo: null };
    wins.update(db, after);
    if (before.photo !== null) purgeWinPhoto(db, id);
    return { ...threadOutcome(after.neighbourhoodId, after, [{ kind: "win", value: after }]), purge: before.photo !== null };
  },

  "measures.add": ({ db, seq }, input) => {
    const neighbourhoodId = place(db, input.neighbourhoodId, input.priorityId);
    const made = insertOnce(db, measures, { ...input, neighbourhoodId, seq }, (b) => sameFields(b, { ...b, ...input }, ["kind", "name", "unit", "source", "priorityId"]), "measure");
    return threadOutcome(made.value.neighbourhoodId, made.value, made.fresh ? [{ kind: "measure", value: made.value }] : []);
  },

  /** A dated reading, appended: a number for a series, words for a residents' signal. */
  "measures.record": ({ db, seq }, input) => {
    const measure = required(measures.get(db, input.measureId), "That measure does not exist.");
    if (measure.kind === "series" && input.value === null) throw new RoomError("invalid_input", "A reading of a numeric series needs a number.");
    if (measure.kind === "signal" && input.text === "") throw new RoomError("invalid_input", "A residents' signal needs what was seen or said.");
    const made = insertOnce(db, readings, { ...input, seq }, (b) => sameFields(b, { ...b, ...input }, ["measureId", "on", "value", "text", "source"]), "reading");
    return threadOutcome(measure.neighbourhoodId, made.value, made.fresh ? [{ kind: "reading", value: made.value }] : []);
  },

  "experiments.add": ({ db, seq }, input) => {
    const neighbourhoodId = place(db, input.neighbourhoodId, input.priorityId);
    if (input.eventId !== null) requireEvent(db, input.eventId);
    const experiment: Experiment = { ...input, neighbourhoodId, observed: "", createdSeq: seq, updatedSeq: seq };
    const made = insertOnce(db, experiments, experiment, (b) => sameFields(b, experiment, ["title", "expect", "watch", "reviewOn", "priorityId", "eventId"]), "experiment");
    return threadOutcome(made.value.neighbourhoodId, made.value, made.fresh ? [{ kind: "experiment", value: made.value }] : []);
  },

  "experiments.observe": ({ db, seq }, { id, observed }) => {
    const before = required(experiments.get(db, id), "That experiment does not exist.");
    if (before.observed === observed) return threadOutcome(before.neighbourhoodId, before, []);
    const after = { ...before, observed, updatedSeq: seq };
    experiments.update(db, after);
    return threadOutcome(after.neighbourhoodId, after, [{ kind: "experiment", value: after }]);
  },
};
