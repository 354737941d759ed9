import type { Database } from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { builtInTemplate, layOutTemplate, type EntityUpsert, type EventId, type EventKind, type TemplateStage } from "../../../../core";
import { prompts, stages } from "../../../db/repos/run-sheet";
import { templates } from "../../../db/repos/templates";
import { RoomError } from "../../../room-error";
import type { ReadonlyDatabase } from "../../../db/prepared";

/** The run sheet a new event starts with: a saved template's when one is chosen, else its kind's ready one. */
export function startingRunSheet(db: ReadonlyDatabase, kind: EventKind, templateId: string | null): { kind: EventKind; stages: readonly TemplateStage[] } {
  if (templateId === null) return { kind, stages: builtInTemplate(kind).stages };
  const saved = templates.get(db, templateId);
  if (!saved) throw new RoomError("not_found", "That template does not exist.");
  return { kind: saved.kind, stages: saved.stages };
}

/**
 * Writes the stages and prompts of a template into an event, in the caller's transaction,
 * and returns them as upserts for the same change. Ids are made here: a replayed command
 * returns its stored result, so they never need to be made twice.
 */
export function layOutRunSheet(db: Database, eventId: EventId, template: readonly TemplateStage[], seq: number): EntityUpsert[] {
  const laid = layOutTemplate(template, eventId, seq, randomUUID);
  for (const s of laid.stages) stages.insert(db, s);
  for (const p of laid.prompts) prompts.insert(db, p);
  return [...laid.stages.map((value) => ({ kind: "stage" as const, value })), ...laid.prompts.map((value) => ({ kind: "prompt" as const, value }))];
}
