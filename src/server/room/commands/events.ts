import { addDays, cleanText, FEEDBACK_DAYS, pauseTimer, type HearthEvent } from "../../../core";
import { lastSeq, raiseSeqFloor } from "../../db/repos/changes";
import { events, getEvent, listEvents, requireEvent } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import { prompts, stages } from "../../db/repos/run-sheet";
import { screens } from "../../db/repos/screens";
import { actions, themes } from "../../db/repos/themes";
import type { HandlersOf } from "../handler";
import { rememberEventNames } from "./support/event-names";
import { layOutRunSheet, startingRunSheet } from "./support/lay-out";
import { purgeEventRows, takeEventExports } from "../../db/purge";
import { RoomError } from "../../room-error";
import { votingSnapshot } from "../voting/snapshot";
import { visibleList, visibleNote } from "../visibility";

type EventMethods = "events.list" | "events.create" | "events.snapshot" | "events.update" | "events.delete" | "events.setRetention";

export const eventHandlers: HandlersOf<EventMethods> = {
  "events.list": (db) => listEvents(db),

  "events.create": ({ db, seq }, input) => {
    const existing = getEvent(db, input.id);
    if (existing) {
      // The same create sent again (a lost ack) is harmless; a different one under the same id is not.
      if (existing.title === input.title && existing.date === input.date) return { value: existing, eventId: existing.id, upserts: [] };
      throw new RoomError("conflict", "An event with that id already exists.");
    }
    const { templateId, ...details } = input;
    const runSheet = startingRunSheet(db, input.kind, templateId);
    const event: HearthEvent = {
      ...details,
      kind: runSheet.kind,
      status: "planned",
      feedbackDueOn: addDays(input.date, FEEDBACK_DAYS),
      currentStageId: null,
      timer: null,
      attribution: false,
      retentionMonths: null,
      createdSeq: seq,
      updatedSeq: seq,
    };
    events.insert(db, event);
    rememberEventNames(db, event, seq);
    // The run sheet is laid out in the same transaction: an event never exists without it.
    const laidOut = layOutRunSheet(db, event.id, runSheet.stages, seq);
    return { value: event, eventId: event.id, upserts: [{ kind: "event", value: event }, ...laidOut] };
  },

  "events.snapshot": (db, { eventId }, actor) => {
    const event = requireEvent(db, eventId);
    return {
      event,
      stage: stages.listByEvent(db, eventId, "position"),
      prompt: prompts.listByEvent(db, eventId, "position"),
      note: notes.listByEvent(db, eventId).map((n) => visibleNote(actor, n)),
      theme: themes.listByEvent(db, eventId, "position"),
      action: visibleList(actor, "action", actions.listByEvent(db, eventId)),
      screen: screens.listByEvent(db, eventId, "updated_seq"),
      ...votingSnapshot(db, eventId, actor),
      seq: lastSeq(db, eventId),
      serverTime: Date.now(),
    };
  },

  "events.update": ({ db, seq, at }, { id, ...patch }) => {
    const before = requireEvent(db, id);
    const after: HearthEvent = { ...before, ...patch, updatedSeq: seq };
    // A due date left at its default follows the event's date; one set by hand stays.
    if (patch.date && patch.feedbackDueOn === undefined && before.feedbackDueOn === addDays(before.date, FEEDBACK_DAYS))
      after.feedbackDueOn = addDays(patch.date, FEEDBACK_DAYS);
    if (after.feedbackDueOn < after.date) throw new RoomError("invalid_input", "The feedback report is due on or after the day of the event.");
    if (after.status === "closed" && after.timer) after.timer = pauseTimer(after.timer, Date.parse(at));
    const unchanged = (Object.keys(after) as (keyof HearthEvent)[]).every(
      (k) => k === "updatedSeq" || JSON.stringify(after[k]) === JSON.stringify(before[k]),
    );
    if (unchanged) return { value: before, eventId: id, upserts: [] };
    events.update(db, after);
    rememberEventNames(db, after, seq);
    return { value: after, eventId: id, upserts: [{ kind: "event", value: after }] };
  },

  "events.delete": ({ db, seq, ports }, { eventId, confirmTitle }) => {
    const event = requireEvent(db, eventId, "That event does not exist (it may have been deleted already).");
    if (cleanText(confirmTitle) !== event.title) {
      throw new RoomError("invalid_input", "To delete the event, type its title exactly as it is shown. Nothing was deleted.");
    }
    // The number this deletion uses (for the reload pushed to open screens) is never handed out again.
    raiseSeqFloor(db, seq);
    purgeEventRows(db, eventId);
    const exported = takeEventExports(db, eventId);
    db.prepare(`DELETE FROM event WHERE id = ?`).run(eventId);
    const after = () => void ports.reports?.destination.discard?.(exported);
    return { value: { eventId, deleted: true as const }, eventId, upserts: [], reload: true, purge: true, after };
  },

  "events.setRetention": ({ db, seq }, { eventId, months }) => {
    const event = requireEvent(db, eventId);
    if (event.retentionMonths === months) return { value: event, eventId, upserts: [] };
    const next: HearthEvent = { ...event, retentionMonths: months, updatedSeq: seq };
    events.update(db, next);
    return { value: next, eventId, upserts: [{ kind: "event", value: next }] };
  },
};
