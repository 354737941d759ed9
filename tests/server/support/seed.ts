import type { Database } from "better-sqlite3";

/**
 * Makes a capture stage with one prompt the event's current stage, straight in the database.
 * The run-sheet commands (stages, "go to stage") belong to another part of Hearth; until
 * they exist, tests that need a participant to add notes set the stage up this way.
 */
export function seedCaptureStage(db: Database, eventId: string, kind = "capture"): { stageId: string; promptId: string } {
  const stageId = `stg_${eventId}`.slice(0, 60);
  const promptId = `prm_${eventId}`.slice(0, 60);
  db.prepare(
    `INSERT INTO stage (id, event_id, position, kind, title, description, timer_minutes, private_writing, created_seq, updated_seq)
     VALUES (?, ?, 1, ?, 'What matters to you here?', 'Say it in your own words.', 10, 0, 0, 0)`,
  ).run(stageId, eventId, kind);
  db.prepare(
    `INSERT INTO prompt (id, event_id, stage_id, position, text, created_seq, updated_seq)
     VALUES (?, ?, ?, 1, 'What would make Elm Road a healthier place to live?', 0, 0)`,
  ).run(promptId, eventId, stageId);
  db.prepare(`UPDATE event SET current_stage_id = ? WHERE id = ?`).run(stageId, eventId);
  return { stageId, promptId };
}
