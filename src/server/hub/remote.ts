import PouchDB from "pouchdb-node";
import { isNetworkError } from "./words";

/**
 * The hub's database as PouchDB reaches it. PouchDB 9's replication asks the source for its
 * `info()` after each batch only to count progress, and leaves that promise without a catch:
 * when the hub goes away mid-replication the rejection (ECONNRESET) is unhandled, which ends a
 * Node process. Here `info()` answers a network failure with empty figures instead; the
 * replication itself still sees the failure on its own requests, and retries.
 */
export function openRemote(url: string, user: string, password: string): PouchDB.Database {
  const remote = new PouchDB(url, { auth: { username: user, password }, skip_setup: true });
  const info = remote.info.bind(remote);
  remote.info = () =>
    info().catch((err: unknown) => {
      if (!isNetworkError(err)) throw err;
      return { doc_count: 0, update_seq: 0 };
    });
  return remote;
}
