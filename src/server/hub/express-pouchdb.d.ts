/** The part of express-pouchdb 4.2 (which ships no types) that the stand-in uses. */
declare module "express-pouchdb" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface ExpressPouchDBOptions {
    mode?: "fullCouchDB" | "minimumForPouchDB" | "custom";
    overrideMode?: { include?: string[]; exclude?: string[] };
    configPath?: string;
    logPath?: string;
    inMemoryConfig?: boolean;
  }

  interface ExpressPouchDBApp {
    (req: IncomingMessage, res: ServerResponse): void;
    dbWrapper: {
      registerWrapper(wrapper: (name: string, db: unknown, next: () => void) => void): void;
    };
  }

  export default function expressPouchDB(pouch: unknown, options?: ExpressPouchDBOptions): ExpressPouchDBApp;
}
