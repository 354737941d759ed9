import type { Migration } from "./migration";

/**
 * Run sheets saved as templates ("Save as template"). The stages and their prompts are kept
 * as one JSON document (core's TemplateStage[]), parsed by its schema whenever it is read:
 * a template is copied whole and never edited in place.
 */
export const migration0040: Migration = {
  version: 40,
  name: "custom templates",
  up: `
    CREATE TABLE template (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      kind TEXT NOT NULL,
      stages TEXT NOT NULL,
      source_event_id TEXT REFERENCES event(id) ON DELETE SET NULL,
      created_seq INTEGER NOT NULL
    ) STRICT;
  `,
};
