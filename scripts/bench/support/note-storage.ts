import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";
import { join } from "node:path";
import { EventId } from "../../../src/core";
import type { Actor } from "../../../src/server/room/actor";
import { startRoom } from "../../../src/server/start-room";

/** Bytes on disk (pages of every table and index, from SQLite's dbstat) of one database. */
export const storedBytes = (db: Db): number => (db.prepare(`SELECT SUM(pgsize) AS n FROM dbstat`).get() as { n: number }).n;

/**
 * Storage per note: what `count` notes added by a note-taker's phone add to the room's file
 * (note row, change feed, stored command result, indexes), against the same notes as bare rows
 * (id, event, text, sequence; its primary key) in a file of their own.
 */
export function noteStorage(dir: string, count: number, text: (i: number) => string): { room: number; bare: number; ratio: number } {
  const running = startRoom(join(dir, "room"), { backupIntervalMs: 0 });
  let room: number;
  try {
    const eventId = EventId.parse("evt_storage_0001");
    const created = running.room.call({ deviceId: "hearth-bench", role: "facilitator" }, { method: "events.create", input: { id: eventId, title: "Storage", date: "2026-11-14" }, commandId: "cmd_storage_event" });
    if (!created.ok) throw new Error(created.error.message);
    // A device's fair share is a burst of 40 commands: a table of note-takers, each writing a few.
    const taker = (i: number): Actor => ({ deviceId: `dev_taker_${String(Math.floor(i / 30)).padStart(4, "0")}`, role: "notetaker", eventId });
    const before = storedBytes(running.db);
    for (let i = 0; i < count; i++) {
      const id = `note_s_${String(i).padStart(6, "0")}`;
      const r = running.room.call(taker(i), { method: "notes.add", input: { id, eventId, text: text(i) }, commandId: `cmd_${id}` });
      if (!r.ok) throw new Error(r.error.message);
    }
    room = (storedBytes(running.db) - before) / count;
  } finally {
    running.close();
  }
  const db = new Database(join(dir, "bare.db"));
  try {
    db.exec(`CREATE TABLE note (id TEXT PRIMARY KEY, event_id TEXT NOT NULL, text TEXT NOT NULL, created_seq INTEGER NOT NULL) STRICT`);
    const before = storedBytes(db);
    const insert = db.prepare(`INSERT INTO note (id, event_id, text, created_seq) VALUES (?, ?, ?, ?)`);
    db.transaction(() => {
      for (let i = 0; i < count; i++) insert.run(`note_s_${String(i).padStart(6, "0")}`, "evt_storage_0001", text(i), i + 1);
    })();
    const bare = (storedBytes(db) - before) / count;
    return { room, bare, ratio: room / bare };
  } finally {
    db.close();
  }
}
