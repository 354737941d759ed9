import type { Database } from "better-sqlite3";
import type { QuarantineNotice } from "../api";
import { DataStore, type DataStoreOptions } from "./data/data-store";
import type { ReportServices } from "./report/services";
import { setUpReportExports } from "./report/set-up";
import { Room } from "./room/room";
import { testHubConnection } from "./hub/check";

export interface RunningRoom {
  readonly room: Room;
  /** The open database (a getter: a restore swaps it). */
  readonly db: Database;
  readonly store: DataStore;
  /** Set when the database was damaged at start and moved aside; say so to the person. */
  readonly notice: QuarantineNotice | null;
  close(): void;
}

export interface StartOptions extends DataStoreOptions {
  /** How reports are printed and where exports go (browser mode's or the desktop app's); none: exporting is refused. */
  readonly reports?: ReportServices;
}

/**
 * Opens the data folder's database and the room on it, and gives the room every port it has
 * (the data folder, report exports): the one start-up of `hearth serve`, Electron's main
 * process and the tests.
 */
export function startRoom(dataDir: string, options: StartOptions = {}): RunningRoom {
  const { store, db } = DataStore.open(dataDir, options);
  const room = new Room(db, { hubTest: testHubConnection });
  // Reports first: attaching applies retention, which deletes expired events' exports.
  if (options.reports) setUpReportExports(room, dataDir, options.reports);
  store.attach(room);
  return {
    room,
    get db() {
      return room.db;
    },
    store,
    notice: store.notice,
    close: () => {
      void options.reports?.printer.close?.();
      store.close();
      if (room.db.open) room.db.close();
    },
  };
}

/** The quarantine notice in plain words, for a terminal or a dialog. */
export function describeNotice(notice: QuarantineNotice): string {
  const backup = notice.newestGoodBackup;
  return [
    `Hearth's data file could not be read (${notice.reason}), so it was moved aside and kept:`,
    ...notice.files.map((f) => `  ${f}`),
    "Hearth started with an empty data file.",
    backup
      ? `The newest good backup is from ${backup.at}. Restore it from "Data and backups" in Hearth.`
      : "There is no backup to restore.",
  ].join("\n");
}
