import type { Database } from "better-sqlite3";
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

/** Stages and prompts are removed outright (the set-up has no undo; notes never hang on a removed prompt). */
export const deleteStage = (db: Database, id: string) => void db.prepare(`DELETE FROM stage WHERE id = ?`).run(id);
export const deletePrompt = (db: Database, id: string) => void db.prepare(`DELETE FROM prompt WHERE id = ?`).run(id);
