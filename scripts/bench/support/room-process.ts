// The room and its LAN server in a process of their own, so a benchmark can measure the
// room's memory apart from its simulated devices. Started by fork(); talks over IPC.
import { startLanServer } from "../../../src/server/lan/server";
import { startRoom } from "../../../src/server/start-room";

const [dataDir, rendererDir] = process.argv.slice(2);
if (!dataDir || !rendererDir || !process.send) throw new Error("usage: fork(room-process.ts, [dataDir, rendererDir])");
const running = startRoom(dataDir);
const lan = await startLanServer({ room: running.room, rendererDir, host: "127.0.0.1", port: 0 });
process.send({ port: lan.port });
process.on("message", (m) => {
  if (m === "memory") process.send?.({ rss: process.memoryUsage().rss });
  if (m === "cpu") process.send?.({ cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000 });
  if (m === "stop") void lan.close().then(() => (running.close(), process.exit(0)));
});
