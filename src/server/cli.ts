import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, USAGE } from "./cli-args";
import { lanController } from "./join/lan-controller";
import { isLoopbackAlias, LOOPBACK_ALIAS_NOTE } from "./join/this-computer";
import { startLanServer } from "./lan/server";
import { defaultDataDir } from "./paths";
import { browserReportServices } from "./report/set-up";
import { acquireDataLock, DataFolderError, describeOwner } from "./data/data-lock";
import { describeNotice, startRoom, type RunningRoom } from "./start-room";
import { storeOptionsFromEnv } from "./store-env";
import { VERSION } from "./version";
import { hubAccountFromEnv, hubMain } from "./cli-hub";
import { HubSync } from "./hub/sync";

/** `hearth serve`: the room in plain Node, serving the same renderer to any browser. */
export async function main(argv: readonly string[]): Promise<number> {
  const cmd = parseArgs(argv, process.env);
  if ("error" in cmd) {
    console.error(`hearth: ${cmd.error}\n\n${USAGE}`);
    return 2;
  }
  if (cmd.name === "help") {
    console.log(USAGE);
    return 0;
  }
  if (cmd.name === "version") {
    console.log(VERSION);
    return 0;
  }
  if (cmd.name === "hub") return hubMain(cmd.argv, process.env);
  const account = cmd.options.hub === undefined ? undefined : hubAccountFromEnv(cmd.options.hub, process.env);
  if (account && "error" in account) {
    console.error(`hearth: ${account.error}`);
    return 2;
  }
  const dataDir = resolve(cmd.options.data ?? defaultDataDir());
  // One copy per data folder: a second one points to the first and exits without error.
  let taken: ReturnType<typeof acquireDataLock>;
  try {
    taken = acquireDataLock(dataDir, "serve");
  } catch (err) {
    if (!(err instanceof DataFolderError)) throw err;
    console.error(`hearth: ${err.message}`);
    return 1;
  }
  if (!taken.held) {
    console.log(describeOwner(taken.owner, dataDir));
    return 0;
  }
  const lock = taken.lock;
  let running: RunningRoom;
  try {
    running = startRoom(dataDir, { ...storeOptionsFromEnv(process.env), reports: browserReportServices(dataDir) });
  } catch (err) {
    lock.release();
    console.error(`hearth: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  if (running.notice) console.error(`hearth: ${describeNotice(running.notice)}`);
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = process.env.HEARTH_RENDERER_DIR ?? resolve(here, "../renderer");
  const lan = await startLanServer({ room: running.room, rendererDir, host: cmd.options.host, port: cmd.options.port }).catch(
    (err: unknown) => {
      running.close();
      lock.release();
      const busy = err instanceof Error && "code" in err && err.code === "EADDRINUSE";
      console.error(`hearth: ${busy ? `port ${cmd.options.port} is in use; try --port 0 for a free one` : String(err)}`);
      return undefined;
    },
  );
  if (!lan) return 1;
  // "Let devices join" opens a second listener on a network address, beside this loopback one.
  const devicesLan = lanController((address) => lan.listenAlso(address, lan.port));
  running.room.ports.join.useLan(devicesLan);
  lock.setUrl(lan.url);
  const hub = account ? new HubSync(running.room, dataDir, account) : undefined;
  if (hub) {
    running.room.provide({ hub });
    hub.start();
  }
  console.log(`Hearth is running at ${lan.url}  (data: ${dataDir})`);
  console.log("Open that address in a browser. Press Ctrl+C to stop.");
  if (account) console.log(`The neighbourhood thread replicates with the partnership hub at ${hub?.status().url ?? account.url} as ${account.user}.`);
  if (cmd.options.lan) {
    const status = await devicesLan.enable(cmd.options.lanAddress ?? null);
    if (status.url) console.log(`Devices in the hall can join at ${status.url} (an event's Devices page shows the QR code).`);
    if (status.url && status.address && isLoopbackAlias(status.address)) console.log(`${status.address} ${LOOPBACK_ALIAS_NOTE}`);
    else console.error(`hearth: devices cannot join: ${status.error ?? "the network address could not be opened"}`);
  }
  const stop = () => {
    void Promise.all([lan.close(), hub?.stop()]).then(() => {
      running.close();
      lock.release();
      process.exit(0);
    });
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return 0;
}

