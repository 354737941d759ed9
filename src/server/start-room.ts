import type { Database } from "better-sqlite3";
import { openDatabase } from "./db/open";
import { Room } from "./room/room";

export interface RunningRoom {
  readonly room: Room;
  readonly db: Database;
  close(): void;
}

/** Opens the data folder's database and the room on it; the same for Electron and `hearth serve`. */
export function startRoom(dataDir: string): RunningRoom {
  const db = openDatabase(dataDir);
  const room = new Room(db);
  return {
    room,
    db,
    close: () => {
      if (db.open) db.close();
    },
  };
}
