import { Action, Theme } from "../../../core";
import { defineTable } from "./table";

export const themes = defineTable(Theme, "theme", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  title: ["title", "text"],
  colour: ["colour", "text"],
  position: ["position", "real"],
  collapsed: ["collapsed", "bool"],
  deleted: ["deleted", "bool"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});

export const actions = defineTable(Action, "action", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  themeId: ["theme_id", "nullableText"],
  noteId: ["note_id", "nullableText"],
  text: ["text", "text"],
  owner: ["owner", "text"],
  dueOn: ["due_on", "nullableText"],
  status: ["status", "text"],
  update: ["update_text", "text"],
  carriedFrom: ["carried_from", "nullableText"],
  deleted: ["deleted", "bool"],
  createdSeq: ["created_seq", "int"],
  updatedSeq: ["updated_seq", "int"],
});
