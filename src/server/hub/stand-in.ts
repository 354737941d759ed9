import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import expressPouchDB from "express-pouchdb";
import PouchDB from "pouchdb-node";
import { guardRequest, refuse, type AdminAccount } from "./guard";
import { keepReplicatedRevisions } from "./replicated-revisions";

export interface StandInOptions {
  readonly dataDir: string;
  /** 127.0.0.1 unless the office PC serves the hall's laptops (`--lan`: every address). */
  readonly host: string;
  readonly port: number;
  readonly admin: AdminAccount;
}

export interface RunningStandIn {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Parts of express-pouchdb left out: the web admin pages, and replication the server would run itself (requests to anywhere). */
const LEFT_OUT = ["routes/fauxton", "routes/replicate", "replicator"];

/**
 * The stand-in for CouchDB: express-pouchdb over PouchDB's LevelDB files in `dataDir`, behind
 * the guard, with the administrator from the environment (never an admin party).
 */
export async function startStandIn(opts: StandInOptions): Promise<RunningStandIn> {
  const dir = resolve(opts.dataDir);
  mkdirSync(dir, { recursive: true });
  const Stored = PouchDB.defaults({ prefix: `${dir}/` });
  const app = expressPouchDB(Stored, {
    mode: "fullCouchDB",
    overrideMode: { exclude: LEFT_OUT },
    configPath: join(dir, "config.json"),
    logPath: join(dir, "log.txt"),
  });
  app.dbWrapper.registerWrapper((_name, db, next) => {
    keepReplicatedRevisions(db as Parameters<typeof keepReplicatedRevisions>[0]);
    next();
  });
  await new Promise<void>((done, fail) => app.couchConfig.set("admins", opts.admin.name, opts.admin.password, (err) => (err ? fail(err) : done())));
  const server: Server = createServer((req, res) => {
    const refusal = guardRequest(req, opts.admin);
    if (refusal) refuse(res, refusal);
    else app(req, res);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(opts.port, opts.host, () => done());
  });
  const port = (server.address() as AddressInfo).port;
  const shown = opts.host === "0.0.0.0" ? "127.0.0.1" : opts.host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
