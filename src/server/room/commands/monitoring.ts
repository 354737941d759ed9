import { answerProblem, combinedCounts, localToday, neighbourhoodReach, type EventId, type MonitoringSet } from "../../../core";
import { requireEvent } from "../../db/repos/events";
import { monitoring } from "../../db/repos/monitoring";
import { eventsOfNeighbourhood, standingNeighbourhood } from "../../db/repos/places";
import type { ReadonlyDatabase } from "../../db/prepared";
import { RoomError } from "../../room-error";
import type { HandlersOf } from "../handler";

type MonitoringMethod =
  | "monitoring.set"
  | "monitoring.save"
  | "monitoring.answer"
  | "monitoring.mine"
  | "monitoring.tally"
  | "monitoring.paper"
  | "monitoring.counts"
  | "monitoring.reach";

function askedSet(db: ReadonlyDatabase, eventId: EventId): MonitoringSet {
  requireEvent(db, eventId);
  const set = monitoring.getSet(db, eventId);
  if (!set.enabled) throw new RoomError("conflict", "This event does not ask “About you”.");
  return set;
}

export const monitoringHandlers: HandlersOf<MonitoringMethod> = {
  // A device is sent the questions only: the groups the organiser hopes to hear from are the organiser's.
  "monitoring.set": (db, { eventId }, actor) => {
    requireEvent(db, eventId);
    const set = monitoring.getSet(db, eventId);
    return actor.role === "facilitator" ? set : { ...set, targets: [] };
  },

  // Not in the feed: the set holds no answers, and phones ask for it when they offer the form.
  "monitoring.save": ({ db }, set) => {
    requireEvent(db, set.eventId);
    monitoring.saveSet(db, set);
    return { value: set, eventId: set.eventId, upserts: [] };
  },

  /**
   * A phone's answers: the counts go up and the device is marked as having answered, in one
   * transaction, and nothing else is kept. No change goes into the feed (its time, its order and
   * its actor would link the totals' step to the phone), the stored command result is only
   * `{answered: true}`, and the WAL is truncated after the commit (`purge`), so no earlier page
   * of the counts stays beside the new one.
   */
  "monitoring.answer": ({ db, actor }, { eventId, answers }) => {
    const set = askedSet(db, eventId);
    for (const a of answers) {
      const problem = answerProblem(set, a.questionId, a.optionId);
      if (problem) throw new RoomError("invalid_input", problem);
    }
    if (!monitoring.hasAnswered(db, eventId, actor.deviceId)) {
      monitoring.markAnswered(db, eventId, actor.deviceId);
      for (const a of answers) monitoring.increment(db, eventId, a.questionId, a.optionId);
    }
    return { value: { answered: true }, eventId, upserts: [], purge: true };
  },

  "monitoring.mine": (db, { eventId }, actor) => ({ answered: monitoring.hasAnswered(db, eventId, actor.deviceId) }),

  // Counted from slips after the event as often as during it; each correction is a change in the feed (the facilitator's only).
  "monitoring.tally": ({ db }, input) => {
    const set = askedSet(db, input.eventId);
    const problem = answerProblem(set, input.questionId, input.optionId);
    if (problem) throw new RoomError("invalid_input", problem);
    const value = { id: `${input.questionId}/${input.optionId}`, ...input };
    if (monitoring.paperCount(db, input.eventId, input.questionId, input.optionId) === input.count) return { value, eventId: input.eventId, upserts: [] };
    monitoring.setPaper(db, input.eventId, input.questionId, input.optionId, input.count);
    return { value, eventId: input.eventId, upserts: [{ kind: "monitoringTally", value }] };
  },

  "monitoring.paper": (db, { eventId }) => monitoring.counts(db, eventId, "paper"),

  "monitoring.counts": (db, { eventId }) => {
    requireEvent(db, eventId);
    return { eventId, phone: monitoring.counts(db, eventId, "phone"), paper: monitoring.counts(db, eventId, "paper"), phones: monitoring.phonesAnswered(db, eventId) };
  },

  "monitoring.reach": (db, { neighbourhoodId }) => {
    if (!standingNeighbourhood(db, neighbourhoodId)) throw new RoomError("not_found", "That neighbourhood does not exist.");
    const events = eventsOfNeighbourhood(db, neighbourhoodId)
      .filter((e) => monitoring.hasSet(db, e.id))
      .map((e) => ({ date: e.date, set: monitoring.getSet(db, e.id), counts: combinedCounts(monitoring.counts(db, e.id, "phone"), monitoring.counts(db, e.id, "paper")) }));
    const reach = neighbourhoodReach(events, localToday());
    return { ...reach, targets: [...reach.targets], notHeard: [...reach.notHeard], events: events.filter((e) => e.set.enabled).length };
  },
};
