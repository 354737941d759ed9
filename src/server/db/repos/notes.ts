import type { Database } from "better-sqlite3";
import { Note } from "../../../core";
import { defineTable } from "./table";

/** The author device is stored beside the note (never exported); `author` is filled only when attribution is on. */
const table = defineTable(Note.omit({ author: true }), "note", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  promptId: ["prompt_id", "nullableText"],
  themeId: ["theme_id", "nullableText"],
  text: ["text", "text"],
  table: ["table_label", "text"],
  lang: ["lang", "text"],
  source: ["source", "text"],
  mergedInto: ["merged_into", "nullableText"],
  hidden: ["hidden", "bool"],
  deleted: ["deleted", "bool"],
  position: ["position", "real"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

const withAuthor = (n: Omit<Note, "author">): Note => ({ ...n, author: null });

export const notes = {
  insert: (db: Database, n: Note, authorDevice: string) => {
    const { author: _author, ...rest } = n;
    table.insert(db, rest, { author_device: authorDevice });
  },
  update: (db: Database, n: Note) => {
    const { author: _author, ...rest } = n;
    table.update(db, rest);
  },
  get: (db: Database, id: string): Note | undefined => {
    const n = table.get(db, id);
    return n && withAuthor(n);
  },
  listByEvent: (db: Database, eventId: string): Note[] => table.listByEvent(db, eventId).map(withAuthor),
};
