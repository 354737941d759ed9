import { templateFromRunSheet, type CustomTemplate } from "../../../core";
import { prompts, stages } from "../../db/repos/run-sheet";
import { templates } from "../../db/repos/templates";
import type { HandlersOf } from "../handler";
import { RoomError } from "../../room-error";
import { requireEvent } from "../../db/repos/events";

export const templateHandlers: HandlersOf<"templates.list" | "templates.saveFromEvent"> = {
  "templates.list": (db) => templates.list(db),

  "templates.saveFromEvent": ({ db, seq }, { id, eventId, name }) => {
    const existing = templates.get(db, id);
    if (existing) {
      if (existing.name === name) return { value: existing, eventId, upserts: [] };
      throw new RoomError("conflict", "A different template already has that id.");
    }
    const event = requireEvent(db, eventId);
    if (templates.byName(db, name)) throw new RoomError("conflict", `A template called “${name}” already exists. Choose another name.`);
    const runSheet = templateFromRunSheet(stages.listByEvent(db, eventId), prompts.listByEvent(db, eventId));
    if (runSheet.length === 0) throw new RoomError("conflict", "This event has no stages yet, so there is nothing to save.");
    const template: CustomTemplate = { id, name, kind: event.kind, stages: runSheet, createdSeq: seq };
    templates.insert(db, template, eventId);
    // Templates belong to no event's feed: nothing to push, but the command id is still recorded.
    return { value: template, eventId, upserts: [] };
  },
};
