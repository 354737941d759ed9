// The stand-in hub in a process of its own, so a test can kill it (SIGKILL) mid-replication
// and start it again on the same folder and port. Started by fork() with tsx; says its
// address over IPC. Arguments: the hub's data folder, and the port (0: a free one).
import { startStandIn } from "../../../src/server/hub/stand-in";
import { ADMIN } from "./hub-fixture";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || port === undefined || !process.send) throw new Error("usage: fork(hub-child.ts, [dataDir, port])");
const hub = await startStandIn({ dataDir, host: "127.0.0.1", port: Number(port), admin: ADMIN });
process.send({ url: hub.url, port: hub.port });
