import { Prompt, Stage } from "../../../core";
import { defineTable } from "./table";

export const stages = defineTable(Stage, "stage", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  position: ["position", "real"],
  kind: ["kind", "text"],
  title: ["title", "text"],
  description: ["description", "text"],
  timerMinutes: ["timer_minutes", "nullableInt"],
  privateWriting: ["private_writing", "bool"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

export const prompts = defineTable(Prompt, "prompt", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  stageId: ["stage_id", "nullableText"],
  position: ["position", "real"],
  text: ["text", "text"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});
