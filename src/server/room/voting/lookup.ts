import type { ItemLookup } from "../../../core";
import { notes } from "../../db/repos/notes";
import { themes } from "../../db/repos/themes";
import type { ReadonlyDatabase } from "../../db/prepared";

/** Looks up a round's notes and themes by id, within one event, reading only what a vote touches. */
export function dbLookup(db: ReadonlyDatabase, eventId: string): ItemLookup {
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
