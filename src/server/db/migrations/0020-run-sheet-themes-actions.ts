import type { Migration } from "./migration";

/**
 * The run sheet (stages and their prompts), themes, actions, and what notes need for them:
 * a prompt, a theme, a language, merging, private writing, soft delete (for undo), order.
 */
export const migration0020: Migration = {
  version: 20,
  name: "run sheet, themes and actions",
  up: `
    ALTER TABLE event ADD COLUMN partnership TEXT NOT NULL DEFAULT '';
    ALTER TABLE event ADD COLUMN feedback_due_on TEXT NOT NULL DEFAULT '';
    UPDATE event SET feedback_due_on = date(date, '+10 days');
    ALTER TABLE event ADD COLUMN current_stage_id TEXT;
    ALTER TABLE event ADD COLUMN timer TEXT;
    ALTER TABLE event ADD COLUMN attribution INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE stage (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      position REAL NOT NULL,
      kind TEXT NOT NULL,
      title TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      timer_minutes INTEGER,
      private_writing INTEGER NOT NULL DEFAULT 0,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX stage_by_event ON stage(event_id, position);

    CREATE TABLE prompt (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      stage_id TEXT REFERENCES stage(id) ON DELETE SET NULL,
      position REAL NOT NULL,
      text TEXT NOT NULL,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX prompt_by_event ON prompt(event_id, position);

    CREATE TABLE theme (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      colour TEXT NOT NULL DEFAULT 'sand',
      position REAL NOT NULL,
      collapsed INTEGER NOT NULL DEFAULT 0,
      deleted INTEGER NOT NULL DEFAULT 0,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX theme_by_event ON theme(event_id, position);

    ALTER TABLE note ADD COLUMN prompt_id TEXT REFERENCES prompt(id) ON DELETE SET NULL;
    ALTER TABLE note ADD COLUMN theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL;
    ALTER TABLE note ADD COLUMN lang TEXT NOT NULL DEFAULT '';
    ALTER TABLE note ADD COLUMN merged_into TEXT;
    ALTER TABLE note ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE note ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE note ADD COLUMN position REAL NOT NULL DEFAULT 0;
    UPDATE note SET position = created_seq;

    CREATE TABLE action (
      id TEXT PRIMARY KEY,
      event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
      theme_id TEXT REFERENCES theme(id) ON DELETE SET NULL,
      note_id TEXT REFERENCES note(id) ON DELETE SET NULL,
      text TEXT NOT NULL,
      owner TEXT NOT NULL DEFAULT '',
      due_on TEXT,
      status TEXT NOT NULL DEFAULT 'open',
      update_text TEXT NOT NULL DEFAULT '',
      carried_from TEXT,
      deleted INTEGER NOT NULL DEFAULT 0,
      created_seq INTEGER NOT NULL,
      updated_seq INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX action_by_event ON action(event_id);
  `,
};
