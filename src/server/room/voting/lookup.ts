import type { Database } from "better-sqlite3";
import type { ItemLookup } from "../../../core";
import { notes } from "../../db/repos/notes";
import { themes } from "../../db/repos/themes";

/** Looks up a round's notes and themes by id, within one event, reading only what a vote touches. */
export function dbLookup(db: Database, eventId: string): ItemLookup {
  return {
    note: (id) => {
      const n = notes.get(db, id);
      return n?.eventId === eventId ? n : undefined;
    },
    theme: (id) => {
      const t = themes.get(db, id);
      return t?.eventId === eventId ? t : undefined;
    },
  };
}
