import type { Database } from "better-sqlite3";
import { addDays, FEEDBACK_DAYS, pauseTimer, type HearthEvent } from "../../../core";
import { events } from "../../db/repos/events";
import { listNames, rememberName } from "../../db/repos/names";
import type { HandlersOf } from "../handler";
import { RoomError } from "../room-error";
import { requireEvent } from "./lookups";

/** Keeps the neighbourhood and partnership lists up to date with the names events use. */
export function rememberEventNames(db: Database, event: HearthEvent, seq: number): void {
  rememberName(db, "neighbourhood", event.neighbourhood, seq);
  rememberName(db, "partnership", event.partnership, seq);
}

export const eventDetailHandlers: HandlersOf<"events.update" | "neighbourhoods.list" | "partnerships.list"> = {
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

  "neighbourhoods.list": (db) => listNames(db, "neighbourhood"),
  "partnerships.list": (db) => listNames(db, "partnership"),
};
