import { addDays, FEEDBACK_DAYS, type HearthEvent } from "../../../core";
import { lastSeq } from "../../db/repos/changes";
import { events, getEvent, listEvents } from "../../db/repos/events";
import { notes } from "../../db/repos/notes";
import { prompts, stages } from "../../db/repos/run-sheet";
import { screens } from "../../db/repos/screens";
import { actions, themes } from "../../db/repos/themes";
import type { HandlersOf } from "../handler";
import { rememberEventNames } from "./event-details";
import { layOutRunSheet, startingRunSheet } from "./lay-out";
import { RoomError } from "../room-error";
import { votingSnapshot } from "../voting/snapshot";
import { visibleList, visibleNote } from "../visibility";

export const eventHandlers: HandlersOf<"events.list" | "events.create" | "events.snapshot"> = {
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
    const event = getEvent(db, eventId);
    if (!event) throw new RoomError("not_found", "That event does not exist.");
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
};
