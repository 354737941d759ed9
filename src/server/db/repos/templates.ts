import type { Database } from "better-sqlite3";
import { z } from "zod";
import { CustomTemplate, TemplateStage } from "../../../core";
import type { ReadonlyDatabase } from "../prepared";

interface TemplateRow {
  id: string;
  name: string;
  kind: string;
  stages: string;
  created_seq: number;
}

const fromRow = (r: TemplateRow): CustomTemplate =>
  CustomTemplate.parse({ id: r.id, name: r.name, kind: r.kind, stages: z.array(TemplateStage).parse(JSON.parse(r.stages)), createdSeq: r.created_seq });

/** Saved run sheets: one row each, the stages and prompts as a JSON document. */
export const templates = {
  insert: (db: Database, t: CustomTemplate, sourceEventId: string) =>
    void db
      .prepare(`INSERT INTO template (id, name, kind, stages, source_event_id, created_seq) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(t.id, t.name, t.kind, JSON.stringify(t.stages), sourceEventId, t.createdSeq),
  get: (db: ReadonlyDatabase, id: string): CustomTemplate | undefined => {
    const row = db.prepare(`SELECT * FROM template WHERE id = ?`).get(id) as TemplateRow | undefined;
    return row && fromRow(row);
  },
  /** A template with this name, whatever its case (names are unique so the chooser is unambiguous). */
  byName: (db: ReadonlyDatabase, name: string): CustomTemplate | undefined => {
    const row = db.prepare(`SELECT * FROM template WHERE name = ?`).get(name) as TemplateRow | undefined;
    return row && fromRow(row);
  },
  list: (db: ReadonlyDatabase): CustomTemplate[] =>
    (db.prepare(`SELECT * FROM template ORDER BY name COLLATE NOCASE`).all() as TemplateRow[]).map(fromRow),
};
