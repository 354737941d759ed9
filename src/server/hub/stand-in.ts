import { pbkdf2Sync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
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

const ADMIN_ITERATIONS = 1000;

/** CouchDB's form of an admin password on disk (and express-pouchdb's): PBKDF2-SHA1, 20 bytes, with its salt and rounds. */
function hashed(password: string): string {
  const salt = randomBytes(16).toString("hex");
  return `-pbkdf2-${pbkdf2Sync(password, salt, ADMIN_ITERATIONS, 20, "sha1").toString("hex")},${salt},${ADMIN_ITERATIONS}`;
}

/**
 * Names the administrator in the stand-in's configuration, as a hash, before it starts.
 * (Setting it through the running server raced with express-pouchdb's own first save when the
 * folder already had a configuration, and left the password in clear until that save.)
 */
function setAdmin(path: string, admin: AdminAccount): void {
  const config = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, Record<string, string>>) : {};
  config.admins = { ...config.admins, [admin.name]: hashed(admin.password) };
  writeFileSync(`${path}.new`, JSON.stringify(config, null, 2), { mode: 0o600 });
  renameSync(`${path}.new`, path);
}

/**
 * The stand-in for CouchDB: express-pouchdb over PouchDB's LevelDB files in `dataDir`, behind
 * the guard, with the administrator from the environment (never an admin party).
 */
export async function startStandIn(opts: StandInOptions): Promise<RunningStandIn> {
  const dir = resolve(opts.dataDir);
  mkdirSync(dir, { recursive: true });
  const Stored = PouchDB.defaults({ prefix: `${dir}/` });
  setAdmin(join(dir, "config.json"), opts.admin);
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
