// The room's add-note path against a bare better-sqlite3 INSERT with the same durability, in
// the same run on the same disk: the ratio is the overhead Hearth adds (aim: under 3×). Then the
// path a phone's note takes (a joined note-taker's notes.add over the WebSocket, room in its own
// process) against a bare WebSocket server doing one INSERT at the same durability.
import Database from "better-sqlite3";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventId } from "../../src/core";
import { FACILITATOR } from "../../src/server/room/actor";
import { startRoom } from "../../src/server/start-room";
import { percentile, type Bench, type BenchFigure } from "./figure";
import { noteStorage } from "./support/note-storage";
import { bareSocketNotes, phoneNotes } from "./support/store-socket";

const NOTES_PER_ROUND = 300;
const ROUNDS = 3;
const TEXT = "The bus stop on Elm Road has no shelter, and the lifts in Brook House are broken again — لا توجد إضاءة";

/** Hearth's path: Room.call("notes.add"): schema, transaction, note row, change feed, command record, commit, push to a subscriber. */
function roomRound(dir: string, round: number): number {
  const running = startRoom(dir, { backupIntervalMs: 0 });
  try {
    const eventId = `evt_bench_${round}_0000`;
    const created = running.room.call(FACILITATOR, { method: "events.create", input: { id: eventId, title: "Bench", date: "2026-11-14" }, commandId: `cmd_bench_event_${round}` });
    if (!created.ok) throw new Error(created.error.message);
    running.room.subscribe(FACILITATOR, EventId.parse(eventId), 0, () => undefined);
    const start = performance.now();
    for (let i = 0; i < NOTES_PER_ROUND; i++) {
      const id = `note_b${round}_${String(i).padStart(6, "0")}`;
      const r = running.room.call(FACILITATOR, { method: "notes.add", input: { id, eventId, text: `${TEXT} ${i}` }, commandId: `cmd_${id}` });
      if (!r.ok) throw new Error(r.error.message);
    }
    return NOTES_PER_ROUND / ((performance.now() - start) / 1000);
  } finally {
    running.close();
  }
}

/** The floor: one INSERT per transaction, WAL, synchronous=FULL, nothing else. */
function bareRound(dir: string, round: number): number {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, `bare-${round}.db`));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.exec(`CREATE TABLE IF NOT EXISTS note (id TEXT PRIMARY KEY, event_id TEXT NOT NULL, text TEXT NOT NULL, created_seq INTEGER NOT NULL) STRICT`);
    const insert = db.prepare(`INSERT INTO note (id, event_id, text, created_seq) VALUES (?, ?, ?, ?)`);
    const add = db.transaction((id: string, text: string, seq: number) => insert.run(id, "evt_bench", text, seq));
    const start = performance.now();
    for (let i = 0; i < NOTES_PER_ROUND; i++) add.immediate(`note_b${round}_${String(i).padStart(6, "0")}`, `${TEXT} ${i}`, i);
    return NOTES_PER_ROUND / ((performance.now() - start) / 1000);
  } finally {
    db.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), "hearth-bench-store-"));
  try {
    const room: number[] = [];
    const bare: number[] = [];
    // Alternating rounds, so a busy moment on the machine hits both paths alike.
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(bareRound(join(dir, "bare"), round));
      room.push(roomRound(join(dir, `room-${round}`), round));
    }
    const roomRate = median(room);
    const bareRate = median(bare);
    const ratio = bareRate / roomRate;
    const figures: BenchFigure[] = [
      { area: "store", name: "room notes.add (durable, one per transaction)", value: roomRate, unit: "notes/s" },
      { area: "store", name: "bare INSERT, WAL + synchronous=FULL", value: bareRate, unit: "notes/s" },
      { area: "store", name: "overhead of the room (bare ÷ room)", value: ratio, unit: "×", target: "< 3×", met: ratio < 3 },
      { area: "store", name: "room notes.add in process, ms per note (baseline: bare INSERT)", value: 1000 / roomRate, unit: "ms", baseline: 1000 / bareRate },
    ];
    const phone: number[] = [];
    const floor: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      floor.push(...(await bareSocketNotes(NOTES_PER_ROUND / 3, TEXT)));
      phone.push(...(await phoneNotes(NOTES_PER_ROUND / 3, TEXT)));
    }
    const how = `${phone.length} notes, one after another`;
    figures.push(
      { area: "store", name: `a phone's note over the socket, send → ack p50 (${how})`, value: percentile(phone, 50), unit: "ms", baseline: percentile(floor, 50), target: "< 3× a bare socket + INSERT", met: percentile(phone, 50) < 3 * percentile(floor, 50) },
      { area: "store", name: "a phone's note over the socket, send → ack p95 (baseline: bare WebSocket + INSERT, synchronous=FULL)", value: percentile(phone, 95), unit: "ms", baseline: percentile(floor, 95) },
    );
    // What each copy is for: the row holds the words; the change feed orders the change and points to the row; the
    // command record makes a resend the effect of one and points to the row too (support/note-storage.ts).
    const stored = noteStorage(join(dir, "storage"), 1000, (i) => `${TEXT} ${i}`);
    figures.push({ area: "store", name: "bytes stored per note: row, change feed, command record, indexes (baseline: bare row)", value: stored.room, unit: "B", baseline: stored.bare, target: "≤ 3× a bare row", met: stored.ratio <= 3 });
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
