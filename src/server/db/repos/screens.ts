import { Screen } from "../../../core";
import { defineTable } from "./table";

export const screens = defineTable(Screen, "screen", {
  id: ["id", "text"],
  eventId: ["event_id", "text"],
  view: ["view", "text"],
  spotlight: ["spotlight", "json"],
  contrast: ["contrast", "text"],
  showJoin: ["show_join", "bool"],
  updatedSeq: ["updated_seq", "int"],
});
