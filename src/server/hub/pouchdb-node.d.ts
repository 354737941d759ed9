/**
 * The part of pouchdb-node 9 that Hearth uses. Its DefinitelyTyped package pulls the DOM's
 * types into every Node file (`/// <reference lib="dom" />`), so Hearth declares its own.
 */
declare module "pouchdb-node" {
  import type { EventEmitter } from "node:events";

  namespace PouchDB {
    interface Options {
      prefix?: string;
      auth?: { username: string; password: string };
      skip_setup?: boolean;
    }
    interface Row {
      id?: string;
      key: string;
      value?: { rev: string; deleted?: boolean };
      error?: string;
    }
    interface WriteResult {
      ok?: boolean;
      id?: string;
      rev?: string;
      error?: boolean | string;
    }
    interface ChangesPage {
      results: { id: string; seq: string | number; doc?: unknown; deleted?: boolean }[];
      last_seq: string | number;
    }
    interface Feed extends EventEmitter {
      cancel(): void;
    }
    interface SyncInfo {
      direction: "push" | "pull";
      change: { docs_written: number };
    }
    interface Sync extends EventEmitter {
      cancel(): void;
      on(event: "change", listener: (info: SyncInfo) => void): this;
      on(event: "paused" | "denied" | "error", listener: (err: unknown) => void): this;
    }
    interface Database {
      get(id: string, options?: { attachments?: boolean; revs?: boolean }): Promise<Record<string, unknown>>;
      put(doc: object): Promise<WriteResult>;
      allDocs(options: { keys?: string[]; include_docs?: boolean; attachments?: boolean }): Promise<{ rows: (Row & { doc?: Record<string, unknown> })[] }>;
      bulkDocs(docs: object[]): Promise<WriteResult[]>;
      changes(options: { since: string | number; include_docs?: boolean; attachments?: boolean; limit?: number }): Promise<ChangesPage>;
      changes(options: { live: true; since: "now" | number }): Feed;
      sync(remote: Database, options: { live: boolean; retry: boolean; back_off_function?: (delay: number) => number }): Sync;
      info(): Promise<{ doc_count: number; update_seq: string | number }>;
      close(): Promise<void>;
    }
    interface Static {
      new (name: string, options?: Options): Database;
      defaults(options: Options): Static;
    }
  }
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
