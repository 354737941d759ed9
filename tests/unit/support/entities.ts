import type { Note, Prompt, Theme } from "../../../src/core";
import { eventId, noteId, themeId } from "./ids";

/** Entities for rule tests: plain values with every field, overridable. */
export const EVENT_ID = eventId("evt_12345678");

export const sampleNote = (id: string, over: Partial<Note> = {}): Note => ({
  id: noteId(id),
  eventId: EVENT_ID,
  promptId: null,
  themeId: null,
  text: id,
  table: "",
  lang: "",
  source: "typed",
  author: null,
  mergedInto: null,
  hidden: false,
  deleted: false,
  position: 1,
  createdSeq: 1,
  updatedSeq: 1,
  ...over,
});

export const sampleTheme = (id: string, over: Partial<Theme> = {}): Theme => ({
  id: themeId(id),
  eventId: EVENT_ID,
  title: id,
  colour: "sand",
  position: 1,
  collapsed: false,
  deleted: false,
  createdSeq: 1,
  updatedSeq: 1,
  ...over,
});

export const samplePrompt = (id: string, text: string): Prompt => ({ id, eventId: EVENT_ID, stageId: null, position: 1, text, createdSeq: 1, updatedSeq: 1 });
