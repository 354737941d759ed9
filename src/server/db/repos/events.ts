import type { Database } from "better-sqlite3";
import { HearthEvent } from "../../../core";
import { defineTable } from "./table";

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

export const getEvent = (db: Database, id: string) => events.get(db, id);

export function listEvents(db: Database): HearthEvent[] {
  return (db.prepare(`SELECT * FROM event ORDER BY date DESC, created_seq DESC`).all() as Record<string, unknown>[]).map(events.fromRow);
}
