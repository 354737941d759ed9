// The floor beneath the hall benchmark, started by fork() in a process of its own: a bare
// WebSocket server on loopback that stores each note or dot with one durable SQLite INSERT
// (WAL, synchronous=FULL), answers the sender, and sends every socket the note (or the new
// dot count). Nothing else: no schemas, no sessions, no change feed, no visibility.
import Database from "better-sqlite3";
import { join } from "node:path";
import { WebSocketServer, type WebSocket } from "ws";

const [dataDir] = process.argv.slice(2);
if (!dataDir || !process.send) throw new Error("usage: fork(bare-room.ts, [dataDir])");
const db = new Database(join(dataDir, "bare.db"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE item (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, text TEXT NOT NULL) STRICT");
const insert = db.prepare("INSERT INTO item (kind, text) VALUES (?, ?)");
const store = db.transaction((kind: string, text: string) => insert.run(kind, text));
let dots = 0;

const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
const everyone = (json: string) => {
  for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send(json);
};
wss.on("connection", (ws: WebSocket) => {
  ws.on("message", (data) => {
    const m = JSON.parse(data.toString()) as { id: number; kind: "note" | "dot"; text?: string };
    store.immediate(m.kind, m.text ?? "");
    ws.send(JSON.stringify({ id: m.id, ok: true }));
    everyone(m.kind === "note" ? JSON.stringify({ type: "note", text: m.text }) : JSON.stringify({ type: "turnout", dots: ++dots }));
  });
});
wss.on("listening", () => process.send!({ port: (wss.address() as { port: number }).port }));
process.on("message", (m) => {
  if (m === "stop") wss.close(() => (db.close(), process.exit(0)));
});
