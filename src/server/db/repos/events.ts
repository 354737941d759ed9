import { HearthEvent } from "../../../core";
import { RoomError } from "../../room-error";
import { defineTable } from "./table";
import type { ReadonlyDatabase } from "../prepared";

export const events = defineTable(HearthEvent, "event", {
  id: ["id", "text"],
  kind: ["kind", "text"],
  title: ["title", "text"],
  neighbourhood: ["neighbourhood", "text"],
  partnership: ["partnership", "text"],
  venue: ["venue", "text"],
  date: ["date", "text"],
  status: ["status", "text"],
  feedbackDueOn: ["feedback_due_on", "text"],
  currentStageId: ["current_stage_id", "nullableText"],
  timer: ["timer", "json"],
  attribution: ["attribution", "bool"],
  retentionMonths: ["retention_months", "nullableInt"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

export const getEvent = (db: ReadonlyDatabase, id: string) => events.get(db, id);

/** What an id that names no event is answered with. */
export const NO_SUCH_EVENT = "That event does not exist.";

/** The event, or a plain refusal when there is none (never made, or deleted): every command on an event starts here. */
export function requireEvent(db: ReadonlyDatabase, id: string, message = NO_SUCH_EVENT): HearthEvent {
  const event = getEvent(db, id);
  if (!event) throw new RoomError("not_found", message);
  return event;
}

export function listEvents(db: ReadonlyDatabase): HearthEvent[] {
  return (db.prepare(`SELECT * FROM event ORDER BY date DESC, created_seq DESC`).all() as Record<string, unknown>[]).map(events.fromRow);
}
