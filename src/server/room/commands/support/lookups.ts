import { isRefusal, type Prompt, type RunRefusal, type Stage } from "../../../../core";
import { prompts, stages } from "../../../db/repos/run-sheet";
import { RoomError } from "../../../room-error";
import type { ReadonlyDatabase } from "../../../db/prepared";

/** The lookups every run-sheet command starts with, each refusing plainly when the thing is not there. */

export function requireStage(db: ReadonlyDatabase, id: string): Stage {
  const stage = stages.get(db, id);
  if (!stage) throw new RoomError("not_found", "That stage does not exist.");
  return stage;
}

export function requirePrompt(db: ReadonlyDatabase, id: string): Prompt {
  const prompt = prompts.get(db, id);
  if (!prompt) throw new RoomError("not_found", "That prompt does not exist.");
  return prompt;
}

/** A rule in core said no: the facilitator hears why, and nothing changes. */
export function allowed<T>(result: T | RunRefusal): T {
  if (isRefusal(result)) throw new RoomError("conflict", result.refused);
  return result;
}

/** Non-deleted notes that answer any of these prompts. */
export function countNotesOnPrompts(db: ReadonlyDatabase, promptIds: readonly string[]): number {
  if (promptIds.length === 0) return 0;
  const row = db
    .prepare(`SELECT COUNT(*) AS n FROM note WHERE deleted = 0 AND prompt_id IN (${promptIds.map(() => "?").join(", ")})`)
    .get(...promptIds) as { n: number };
  return row.n;
}

export const notesPhrase = (n: number) => (n === 1 ? "1 note answers" : `${n} notes answer`);
