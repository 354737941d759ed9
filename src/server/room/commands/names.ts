import { listNames } from "../../db/repos/names";
import type { HandlersOf } from "../handler";

/** The neighbourhood and partnership lists (kept up to date by support/event-names.ts). */
export const nameHandlers: HandlersOf<"neighbourhoods.list" | "partnerships.list"> = {
  "neighbourhoods.list": (db) => listNames(db, "neighbourhood"),
  "partnerships.list": (db) => listNames(db, "partnership"),
};
